using System.Net;

namespace DigestGen.Model;

/// <summary>
/// The one rule for every link and image address the site emits from data (editors' notes and front matter,
/// scraped text): http, https and mailto, or relative to the site. Read as a browser reads it, so disguises do not
/// pass: character references (<c>&amp;#106;avascript:</c>), control characters and whitespace anywhere
/// (<c>java\tscript:</c>), any letter case (<c>JaVaScRiPt:</c>), and the <c>//host</c> and <c>/\host</c> forms
/// that leave the site while looking relative.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>Whether a browser following <paramref name="url"/> stays with http, https, mailto or the site itself.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var plain = Unwrap(url);
        if (plain.StartsWith("//", StringComparison.Ordinal) || plain.StartsWith("/\\", StringComparison.Ordinal) || plain.StartsWith('\\'))
        {
            return false;
        }

        // A scheme is whatever comes before a ':' that precedes any '/', '?' or '#'; text with none is relative,
        // unless a character reference this decoder does not know (HTML5's "&colon;") could still hide one.
        var end = plain.IndexOfAny(['/', '?', '#']);
        var head = end < 0 ? plain : plain[..end];
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return !(head.Contains('&', StringComparison.Ordinal) && head.Contains(';', StringComparison.Ordinal));
        }

        var scheme = head[..colon];
        return SafeSchemes.Any(safe => scheme.Equals(safe, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The address when <see cref="IsSafe"/>, else null.</summary>
    public static string? SafeOrNull(string? url) => IsSafe(url) ? url : null;

    /// <summary>
    /// An absolute http or https address with a host name (<c>https://github.com/a/b</c>) in its normal form, or null:
    /// what a front-matter value such as <c>code:</c> must be.
    /// </summary>
    public static string? WebAddress(string text) =>
        IsSafe(text) && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri.AbsoluteUri
            : null;

    /// <summary>
    /// The address as a browser reads it: character references decoded (repeatedly, for <c>&amp;amp;#106;</c> seen
    /// twice), then every control character and space removed, which browsers drop or ignore in a scheme.
    /// </summary>
    private static string Unwrap(string url)
    {
        var decoded = url;
        for (var round = 0; round < 3 && decoded.Contains('&', StringComparison.Ordinal); round++)
        {
            decoded = WebUtility.HtmlDecode(decoded);
        }

        return string.Concat(decoded.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')));
    }
}
