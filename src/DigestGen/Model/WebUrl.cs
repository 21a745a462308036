namespace DigestGen.Model;

/// <summary>
/// The one test for links DigestGen itself writes out of the site (arXiv, code, URLs found in abstracts): only
/// absolute http and https URLs with a host pass, so a dump can never smuggle in <c>javascript:</c> or <c>data:</c>.
/// </summary>
public static class WebUrl
{
    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
