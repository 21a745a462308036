using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>
/// How a record's abstract words things, for telling a title's last word from an author's first name where a feed
/// glues them: an abstract restates its title's words ("triplet loss" for "TripletLoss", "second" for "SECOnd") and
/// uses ordinary words in lower case ("malware"), while names it rarely holds at all.
/// </summary>
internal sealed partial class AbstractWording
{
    private const int ShortestOrdinaryWord = 4;

    /// <summary>All-capital words shorter than this collide with ordinary words ("IS", "AND") and must match in case.</summary>
    private const int ShortestAcronymInAnyCase = 4;

    /// <summary>" triplet loss function … ": the abstract's words in lower case, one space apart and around.</summary>
    private readonly string folded;

    /// <summary>The same with case kept, to tell "malware" from "Malware".</summary>
    private readonly string spaced;

    public AbstractWording(string? summary)
    {
        // "work-flow" counts as "workflow" too.
        spaced = summary is null ? "" : " " + NonWord().Replace(summary + " " + InnerHyphen().Replace(summary, ""), " ") + " ";
        folded = spaced.ToLowerInvariant();
    }

    /// <summary>
    /// Whether the abstract uses the word whatever its case, its capitalised parts spaced or not: "TripletLoss" as
    /// "triplet loss", "SECOnd" as "second", "QA" as "QA"; a plural as its singular ("HetNets" as "HetNet"). Two
    /// letters or more.
    /// </summary>
    public bool Uses(string word)
    {
        var bare = word.Trim(',', '.', ':', '?', '!');
        var parts = CamelParts().Split(bare).Where(part => part.Length > 0).Select(part => part.ToLowerInvariant()).ToList();
        // A capital S run onto a word ("CaptureS" of "CaptureShahRukh") starts a name: the plural "captures" does not back it.
        if (parts.Sum(part => part.Length) < 2 || (parts.Count > 1 && parts[^1] == "s"))
        {
            return false;
        }

        // A short acronym ("QA", "IS") is backed only as written: the abstract's "is" or "and" says nothing of "IS" or
        // "AND" ("…Part ISandeep Kumar" is "Part I" + "Sandeep Kumar").
        if (bare.Length < ShortestAcronymInAnyCase && bare.All(char.IsUpper))
        {
            return spaced.Contains(" " + bare + " ", StringComparison.Ordinal);
        }

        List<string> singular = parts[^1].Length > 2 && parts[^1].EndsWith('s') ? [.. parts[..^1], parts[^1][..^1]] : parts;
        return UsesParts(parts) || (singular != parts && UsesParts(singular));
    }

    private bool UsesParts(List<string> parts) =>
        folded.Contains(" " + string.Join(' ', parts) + " ", StringComparison.Ordinal)
        || folded.Contains(" " + string.Concat(parts) + " ", StringComparison.Ordinal);

    /// <summary>
    /// Whether the abstract has the word itself, whatever its case, not only its capitalised parts apart: "UAV", but
    /// not "IntelligenceFoundation" for "intelligence foundation".
    /// </summary>
    public bool UsesAsOneWord(string word) =>
        folded.Contains(" " + word.ToLowerInvariant() + " ", StringComparison.Ordinal);

    /// <summary>Whether the abstract uses the word as an ordinary word, in lower case ("malware", "loss"); four letters or more.</summary>
    public bool UsesInLowerCase(string word) =>
        word.Length >= ShortestOrdinaryWord && word.All(char.IsLetter)
        && spaced.Contains(" " + word.ToLowerInvariant() + " ", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})")]
    private static partial Regex InnerHyphen();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    // Between a lower-case letter and a capital ("Triplet|Loss"), and at anything that is not a letter or digit.
    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|[^\p{L}\p{N}]+")]
    private static partial Regex CamelParts();
}
