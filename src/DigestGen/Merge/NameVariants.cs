using System.Collections.Frozen;

namespace DigestGen.Merge;

/// <summary>
/// Spellings of one surname that may be one person but that the name alone cannot settle: a nickname for the given
/// name ("Jamie Simon" / "James B. Simon") or a western given name added in front ("Huangyuan Su" / "Chloe Huangyuan
/// Su"). <see cref="MergeAuthors"/> joins them only with evidence from the papers.
/// </summary>
internal static class NameVariants
{
    /// <summary>Common English nicknames, each with its given name (folded, lower case).</summary>
    private static readonly FrozenDictionary<string, string> GivenNameOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jamie"] = "james", ["jim"] = "james", ["jimmy"] = "james", ["bill"] = "william", ["will"] = "william",
        ["bob"] = "robert", ["rob"] = "robert", ["bobby"] = "robert", ["mike"] = "michael", ["tom"] = "thomas",
        ["dave"] = "david", ["chris"] = "christopher", ["alex"] = "alexander", ["ben"] = "benjamin", ["dan"] = "daniel",
        ["danny"] = "daniel", ["matt"] = "matthew", ["nick"] = "nicholas", ["sam"] = "samuel", ["tony"] = "anthony",
        ["joe"] = "joseph", ["steve"] = "steven", ["andy"] = "andrew", ["greg"] = "gregory", ["jeff"] = "jeffrey",
        ["jon"] = "jonathan", ["josh"] = "joshua", ["kate"] = "katherine", ["katie"] = "katherine", ["liz"] = "elizabeth",
        ["beth"] = "elizabeth", ["jenny"] = "jennifer", ["jen"] = "jennifer", ["sue"] = "susan", ["pete"] = "peter",
        ["rick"] = "richard", ["dick"] = "richard", ["ted"] = "edward", ["ed"] = "edward", ["tim"] = "timothy",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public const string Nickname = "nickname";

    public const string AddedGivenName = "given name added in front";

    /// <summary>Why the two could be one person (<see cref="Nickname"/>, <see cref="AddedGivenName"/>), or null when they cannot.</summary>
    public static string? Relation(AuthorIdentity first, AuthorIdentity second)
    {
        if (first.Surname != second.Surname || first.Surname.Length == 0)
        {
            return null;
        }

        if (first.FirstName != second.FirstName && Given(first.FirstName) == Given(second.FirstName) && MiddlesAgree(first, second))
        {
            return Nickname;
        }

        return AddedInFront(first, second) || AddedInFront(second, first) ? AddedGivenName : null;
    }

    /// <summary>
    /// Keys such that <see cref="Relation"/> can only relate two names of one surname that share one: the given name a
    /// nickname stands for, and the given name an added name goes in front of (a full first name alone, or the one
    /// middle name after a full first name). Lets the caller skip the many pairs of a common surname that cannot relate.
    /// </summary>
    public static IEnumerable<string> Keys(AuthorIdentity name)
    {
        yield return "given " + Given(name.FirstName);
        if (name.HasFullFirstName && name.MiddleNames.IsEmpty)
        {
            yield return "front " + name.FirstName;
        }

        if (name.HasFullFirstName && name.MiddleNames.Length == 1)
        {
            yield return "front " + name.MiddleNames[0];
        }
    }

    private static string Given(string name) => GivenNameOf.GetValueOrDefault(name, name);

    // "James B. Simon" and "Jamie Simon": a middle name on one side only, or the same on both.
    private static bool MiddlesAgree(AuthorIdentity first, AuthorIdentity second) =>
        first.MiddleNames.IsEmpty || second.MiddleNames.IsEmpty || first.MiddleNames.SequenceEqual(second.MiddleNames);

    // "Chloe Huangyuan Su": the other's whole given name follows a full first name.
    private static bool AddedInFront(AuthorIdentity longer, AuthorIdentity shorter) =>
        longer.HasFullFirstName && shorter.HasFullFirstName && shorter.MiddleNames.IsEmpty
        && longer.MiddleNames.Length == 1 && longer.MiddleNames[0] == shorter.FirstName;
}
