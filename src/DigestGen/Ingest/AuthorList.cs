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
    public static AuthorList Parse(string line)
    {
        string? org = null;
        var separator = line.LastIndexOf(OrgSeparator, StringComparison.Ordinal);
        if (separator >= 0)
        {
            org = line[(separator + OrgSeparator.Length)..].Trim();
            line = line[..separator];
        }

        var etAl = EtAl().Match(line);
        if (etAl.Success)
        {
            line = line[..etAl.Index];
        }

        var names = NameSeparator().Split(line)
            .Select(name => name.Trim().Trim('*').Trim())
            .Where(name => name.Length > 0)
            .ToImmutableArray();
        return new AuthorList(names, etAl.Success, org is { Length: > 0 } ? org : null);
    }

    /// <summary>How many of the names read as a person's name (see <see cref="PersonName"/>).</summary>
    public int PlausibleNames => Names.Count(PersonName.IsPlausible);

    public bool AllNamesPlausible => Names.Length > 0 && PlausibleNames == Names.Length;

    [GeneratedRegex(@",?\s*\bet al\.?\s*$")]
    private static partial Regex EtAl();

    // "A, B", "A and B", "A, and B" (publication lists write the last one so).
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex NameSeparator();
}
