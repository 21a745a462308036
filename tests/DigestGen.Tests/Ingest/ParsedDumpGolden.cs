using System.Globalization;
using System.Text;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>
/// Approved parser output under Fixtures/Ingest: one line per record with every field but the abstract (whose
/// start and length stand in for it), then the diagnostics. Run with DIGESTGEN_APPROVE=1 to rewrite a golden file
/// after a deliberate change, then review the diff.
/// </summary>
internal static class ParsedDumpGolden
{
    public static void Verify(ParsedDump dump, string goldenName)
    {
        var actual = Describe(dump);
        var path = Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Fixtures", "Ingest", goldenName);
        if (Environment.GetEnvironmentVariable("DIGESTGEN_APPROVE") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with DIGESTGEN_APPROVE=1 to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length))
            .FirstOrDefault(index => expectedLines[index] != actualLines[index], -1);
        Assert.True(expected == actual,
            firstDifference >= 0
                ? $"{goldenName} line {firstDifference + 1}:\nexpected: {expectedLines[firstDifference]}\nactual:   {actualLines[firstDifference]}"
                : $"{goldenName}: expected {expectedLines.Length} lines, got {actualLines.Length}");
    }

    public static string Describe(ParsedDump dump)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{dump.File}: {dump.Shape?.ToString() ?? "no shape"}, {dump.Records.Length} records\n");
        if (dump.Profile is { } profile)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"profile: {profile.Name} | {profile.Category} | h-index {profile.HIndex} | {profile.PaperCount} papers | {profile.Citations} citations | novelty {profile.NoveltyPercent}% | AI score {profile.AiScore}\n");
        }

        foreach (var record in dump.Records)
        {
            var fields = new List<string> { $"L{record.Source.Line}" };
            Add(fields, "title", record.Title);
            foreach (var reading in record.AlternativeReadings)
            {
                fields.Add(reading.Authors is { } authors ? $"or: {reading.Title} + {string.Join(", ", authors)}" : $"or: {reading.Venue} + {reading.Title}");
            }

            if (!record.Authors.IsEmpty)
            {
                fields.Add("authors: " + string.Join(", ", record.Authors) + (record.AuthorsTruncated ? " (et al.)" : ""));
            }

            Add(fields, "org", record.Org);
            Add(fields, "date", record.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(fields, "cat", record.Category);
            Add(fields, "score", record.Score?.ToString("0.0##", CultureInfo.InvariantCulture));
            Add(fields, "code", record.HasCode?.ToString());
            Add(fields, "venue", record.Venue);
            Add(fields, "note", record.VenueNote);
            Add(fields, "year", record.Year?.ToString(CultureInfo.InvariantCulture));
            Add(fields, "rank", record.TrendingRank?.ToString(CultureInfo.InvariantCulture));
            fields.Add(record.Abstract is { } summary ? $"abstract: {summary.Length} chars \"{summary[..Math.Min(40, summary.Length)]}…\"" : "no abstract");
            text.AppendJoin(" | ", fields).Append('\n');
        }

        foreach (var diagnostic in dump.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    private static void Add(List<string> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add($"{name}: {value}");
        }
    }
}
