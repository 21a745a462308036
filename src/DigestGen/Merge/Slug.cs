using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace DigestGen.Merge;

/// <summary>
/// Readable URL-safe ids: lower-case ASCII words joined by hyphens. Accents are dropped (by
/// <see cref="TextFolding"/>); letters with no ASCII base, such as ł, ß or Greek μ, are spelled out (Greek letters
/// by name), and any other letter is left out.
/// </summary>
internal static class Slug
{
    /// <summary>Long titles are cut at a word boundary so ids stay typeable.</summary>
    public const int MaxLength = 80;

    private static readonly FrozenDictionary<char, string> Spellings = TextFolding.LettersWithoutDecomposition.Concat(new Dictionary<char, string>
    {
        ['α'] = "alpha", ['β'] = "beta", ['γ'] = "gamma", ['δ'] = "delta", ['ε'] = "epsilon", ['ζ'] = "zeta",
        ['η'] = "eta", ['θ'] = "theta", ['ι'] = "iota", ['κ'] = "kappa", ['λ'] = "lambda", ['μ'] = "mu",
        ['ν'] = "nu", ['ξ'] = "xi", ['ο'] = "omicron", ['π'] = "pi", ['ρ'] = "rho", ['σ'] = "sigma", ['ς'] = "sigma",
        ['τ'] = "tau", ['υ'] = "upsilon", ['φ'] = "phi", ['χ'] = "chi", ['ψ'] = "psi", ['ω'] = "omega",
    }).ToFrozenDictionary();

    /// <summary>The slug of a text, or the empty string when nothing in it has an ASCII spelling.</summary>
    public static string From(string text)
    {
        var words = TextFolding.Words(text)
            .Select(AsciiSpelling)
            .Where(word => word.Length > 0);

        var slug = new StringBuilder();
        foreach (var word in words)
        {
            var separator = slug.Length > 0 ? 1 : 0;
            if (slug.Length + separator + word.Length > MaxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(word.AsSpan(0, MaxLength));
                }

                break;
            }

            slug.Append(separator == 1 ? "-" : "").Append(word);
        }

        return slug.ToString();
    }

    /// <summary>Six hex digits of SHA-256: enough to tell apart the few things that share a slug, stable everywhere.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];

    private static string AsciiSpelling(string word)
    {
        var ascii = new StringBuilder(word.Length);
        foreach (var character in word)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                ascii.Append(character);
            }
            else if (Spellings.TryGetValue(character, out var spelled))
            {
                ascii.Append(spelled);
            }
        }

        return ascii.ToString();
    }
}
