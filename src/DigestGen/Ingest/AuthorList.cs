using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>
/// An author line as listing pages print it: <c>Aditya Kusupati, Gantavya Bhatt, Aniket Rege et al. · uw</c>.
/// "et al." means the page cut the list short; the tag after "·" is the organisation the page credits.
/// </summary>
internal sealed partial record AuthorList(ImmutableArray<string> Names, bool Truncated, string? Org)
{
    private const string OrgSeparator = " · ";

    /// <summary>Splits the line into names without judging them; see <see cref="AllNamesPlausible"/>.</summary>
    /// <param name="andSeparates">
    /// Whether "and" separates names ("A and B", "A, and B"), as on publication lists. Feeds separate names by ", "
    /// only; there an "and", or a comma without a space, belongs to the title ("Generation and Retrieval").
    /// </param>
    public static AuthorList Parse(string line, bool andSeparates)
    {
        var (names, truncated, org) = SplitTail(line);
        return new AuthorList(
            [.. (andSeparates ? CommaOrAnd() : Comma()).Split(names).Select(Clean).SelectMany(Unglue).Where(name => name.Length > 0)],
            truncated,
            org);
    }

    /// <summary>
    /// One name as printed, less spaces and the "*" that marks equal contribution ("Rohan Choudhury*"); TeX's tie, a
    /// no-break space between two words of a name ("Mostafa~Derakhtian", "Manjesh K. ~Hanawal"), is a space.
    /// </summary>
    public static string Clean(string name)
    {
        var trimmed = name.Trim().Trim('*').Trim();
        return trimmed.Contains('~', StringComparison.Ordinal) ? TexTie().Replace(trimmed, " ") : trimmed;
    }

    /// <summary>
    /// One name, or two that scraping glued with an "and" ("Salvatore D'Oro andSalil S. Kanhere", so in the corpus
    /// itself) when both halves read as a person's name of two words or more: "and" run onto a capital is no word of
    /// a name, and a lone word ("Generation andRetrieval Models") may be a title's.
    /// </summary>
    public static string[] Unglue(string name)
    {
        var glue = name.Contains("and", StringComparison.Ordinal) ? GluedAnd().Match(name) : Match.Empty;
        if (!glue.Success)
        {
            return [name];
        }

        string[] halves = [name[..glue.Index], name[(glue.Index + glue.Length)..]];
        return halves.All(half => half.Contains(' ', StringComparison.Ordinal) && PersonName.IsPlausible(half)) ? halves : [name];
    }

    /// <summary>Takes the " · org" tag and the "et al." off the end of an author line.</summary>
    public static (string Names, bool Truncated, string? Org) SplitTail(string line)
    {
        string? org = null;
        var separator = line.LastIndexOf(OrgSeparator, StringComparison.Ordinal);
        if (separator >= 0)
        {
            org = line[(separator + OrgSeparator.Length)..].Trim();
            line = line[..separator];
        }

        // The regex is anchored at the end but still tried from every position: skip lines that cannot match (abstracts).
        var etAl = line.Contains("et al", StringComparison.Ordinal) ? EtAl().Match(line) : Match.Empty;
        return (etAl.Success ? line[..etAl.Index] : line, etAl.Success, org is { Length: > 0 } ? org : null);
    }

    /// <summary>How many of the names read as a person's name (see <see cref="PersonName"/>).</summary>
    public int PlausibleNames => Names.Count(PersonName.IsPlausible);

    public bool AllNamesPlausible => Names.Length > 0 && Names.All(PersonName.IsPlausible);

    [GeneratedRegex(@",?\s*\bet al\.?\s*$")]
    private static partial Regex EtAl();

    [GeneratedRegex(@"(?<=[\p{L}.])\s*~\s*(?=\p{L})")]
    private static partial Regex TexTie();

    [GeneratedRegex(@"\s+and(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedAnd();

    [GeneratedRegex(@"\s*, ")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex CommaOrAnd();
}
