using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DigestGen.Merge;

/// <summary>
/// A person's name reduced to what identifies them: folded surname (with particles such as "van der"), first
/// given name, and further given names. Dots, spacing, case and accents do not count, so "Dylan J. Cutler",
/// "Dylan J Cutler" and "DYLAN J CUTLER" are one <see cref="Key"/>; whether "Dylan Cutler" is the same person
/// is decided by <see cref="MergeAuthors"/>, which sees every spelling.
/// </summary>
internal sealed record AuthorIdentity(string Surname, string FirstName, ImmutableArray<string> MiddleNames)
{
    private static readonly FrozenSet<string> SurnameParticles =
        FrozenSet.ToFrozenSet(["van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten", "bin"]);

    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(["jr", "sr", "ii", "iii", "iv"]);

    /// <summary>Equal for exactly the spellings that differ only in dots, spacing, case and accents.</summary>
    public string Key => string.Join('|', [Surname, FirstName, .. MiddleNames]);

    public bool HasFullFirstName => FirstName.Length > 1;

    /// <summary>The person's given and family name without middle names, e.g. "dylan cutler".</summary>
    public string ShortName => FirstName.Length > 0 ? $"{FirstName} {Surname}" : Surname;

    public static AuthorIdentity Parse(string name)
    {
        var tokens = TextFolding.Fold(name)
            .Split([' ', '.', '\u00a0', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(token => new string([.. token.Where(character => char.IsLetter(character) || character is '-' or '\'')]).Trim('-', '\''))
            .Where(token => token.Length > 0)
            .ToList();
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count == 0)
        {
            // No letters at all: the folded text itself is the only thing to compare.
            return new AuthorIdentity(TextFolding.Fold(name.Trim()), "", []);
        }

        var surnameStart = tokens.Count - 1;
        while (surnameStart > 1 && SurnameParticles.Contains(tokens[surnameStart - 1]))
        {
            surnameStart--;
        }

        var given = tokens[..surnameStart];
        return new AuthorIdentity(
            string.Join(' ', tokens[surnameStart..]),
            given.Count > 0 ? given[0] : "",
            [.. given.Skip(1)]);
    }

    /// <summary>
    /// Could both names denote one person? Same surname, first names equal or one the other's initial, and middle
    /// names agreeing as far as both go ("Dylan Cutler" fits "Dylan J Cutler", "Dylan K Cutler" does not).
    /// </summary>
    public bool IsCompatibleWith(AuthorIdentity other) =>
        Surname == other.Surname
        && GivenNamesAgree(FirstName, other.FirstName)
        && MiddleNames.Zip(other.MiddleNames).All(pair => GivenNamesAgree(pair.First, pair.Second));

    private static bool GivenNamesAgree(string first, string second) =>
        first == second
        || (first.Length == 1 && second.StartsWith(first, StringComparison.Ordinal))
        || (second.Length == 1 && first.StartsWith(second, StringComparison.Ordinal));
}
