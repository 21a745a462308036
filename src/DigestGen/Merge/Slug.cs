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
    /// <remarks>
    /// The words of <see cref="TextFolding.Words"/>, each spelled in ASCII as it is read: every paper and author
    /// gets a slug on every build, so no word is made twice.
    /// </remarks>
    public static string From(string text)
    {
        var folded = TextFolding.Fold(text);
        var slug = new StringBuilder();
        var word = new StringBuilder();
        for (var index = 0; index <= folded.Length; index++)
        {
            if (index < folded.Length && char.IsLetterOrDigit(folded[index]))
            {
                AppendAsciiSpelling(word, folded[index]);
                continue;
            }

            if (word.Length == 0)
            {
                continue;
            }

            var separator = slug.Length > 0 ? 1 : 0;
            if (slug.Length + separator + word.Length > MaxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(word, 0, MaxLength);
                }

                break;
            }

            slug.Append(separator == 1 ? "-" : "").Append(word);
            word.Clear();
        }

        return slug.ToString();
    }

    /// <summary>Six hex digits of SHA-256: enough to tell apart the few things that share a slug, stable everywhere.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];

    private static void AppendAsciiSpelling(StringBuilder word, char character)
    {
        if (char.IsAsciiLetterOrDigit(character))
        {
            word.Append(character);
        }
        else if (Spellings.TryGetValue(character, out var spelled))
        {
            word.Append(spelled);
        }
    }
}
