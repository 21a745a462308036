using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// An author profile page: the person's name and stats (<c>h-index19</c>, <c>15papers</c>, <c>Novelty52%</c>…), then
/// per paper a header <c>[score]CATMon D[, YYYY]</c>, the title, the author line and the abstract.
/// </summary>
internal static partial class ProfilePageParser
{
    public static ParsedDump Parse(DumpText text, DateOnly asOf)
    {
        var problems = new DumpProblems(text.File);
        var (preamble, blocks) = RecordBlock.Split(RecordHeader.SeparateGlued(text.Lines, problems), line => RecordHeader.IsHeader(line.Text));
        var profile = ReadStats(preamble, problems);

        var records = ImmutableArray.CreateBuilder<RawRecord>();
        foreach (var (block, header, atEnd) in HeaderedRecord.ReadAll(blocks, asOf, problems))
        {
            // The line after the title is the author line, unless it is the last line and reads as an abstract.
            var rest = block.Body[1..];
            var authors = rest.IsEmpty ? null : AuthorList.Parse(rest[0].Text, andSeparates: false);
            if (authors is not null && ((rest.Length > 1 && !Prose.LooksLikeAbstract(rest[0].Text)) || authors.PlausibleNames * 2 > authors.Names.Length))
            {
                rest = rest[1..];
            }
            else
            {
                authors = null;
            }

            if (rest.IsEmpty)
            {
                problems.MissingAbstract(block.Start.Number, atEnd);
            }

            records.Add(new RawRecord
            {
                Source = new SourceRef(text.File, DumpShape.ProfilePage, block.Start.Number),
                Title = block.Body[0].Text,
                Authors = authors?.Names ?? [],
                AuthorsTruncated = authors?.Truncated ?? false,
                Org = authors?.Org,
                Abstract = rest.IsEmpty ? null : DumpText.Join(rest),
                Date = header.Date,
                Category = header.Category,
                Score = header.Score,
                HasCode = header.HasCode ? true : null,
            });
        }

        return new ParsedDump(text.File, DumpShape.ProfilePage, profile, records.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Counts how many lines read as profile stats; the shape detector's evidence for this shape.</summary>
    public static int CountStatLines(ImmutableArray<DumpLine> lines) => lines.Count(line => Stat().IsMatch(line.Text));

    private static ProfileStats? ReadStats(ImmutableArray<DumpLine> preamble, DumpProblems problems)
    {
        if (preamble.IsEmpty)
        {
            return null;
        }

        var stats = new ProfileStats(preamble[0].Text, null, null, null, null, null, null);
        foreach (var line in preamble[1..])
        {
            var match = Stat().Match(line.Text);
            if (!match.Success)
            {
                problems.UnrecognisedLine(line, "a profile stat like \"h-index19\" or \"576citations\"");
                continue;
            }

            stats = match.Groups switch
            {
                var g when g["category"].Success => stats with { Category = g["category"].Value },
                var g when g["hindex"].Success => stats with { HIndex = Number(g["hindex"]) },
                // "15papers" in the stats, "15 Papers" above the list: the first one counts.
                var g when g["papers"].Success => stats with { PaperCount = stats.PaperCount ?? Number(g["papers"]) },
                var g when g["citations"].Success => stats with { Citations = Number(g["citations"]) },
                var g when g["novelty"].Success => stats with { NoveltyPercent = Number(g["novelty"]) },
                var g => stats with { AiScore = Number(g["ai"]) },
            };
        }

        return stats;
    }

    private static int Number(Group group) =>
        int.Parse(group.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);

    // Counts may carry thousands separators ("1,234citations"); the category is two capitals on its own line.
    [GeneratedRegex(
        @"^(?:(?-i:(?<category>[A-Z]{2}))|h-index ?(?<hindex>\d{1,6})|(?<papers>\d{1,3}(?:,\d{3})+|\d{1,9}) ?papers|(?<citations>\d{1,3}(?:,\d{3})+|\d{1,9}) ?citations|Novelty ?(?<novelty>\d{1,3}) ?%|AI Score ?(?<ai>\d{1,6}))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stat();
}
