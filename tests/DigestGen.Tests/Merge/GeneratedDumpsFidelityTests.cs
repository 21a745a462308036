using System.Globalization;
using DigestGen.Ingest;
using DigestGen.Tests.Support;
using Xunit.Abstractions;

namespace DigestGen.Tests.Merge;

/// <summary>Random sets of real papers as generated dumps come back field for field (<see cref="GeneratedDumpsFidelity"/>).</summary>
public sealed class GeneratedDumpsFidelityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_random_set_of_real_papers_comes_back_field_for_field(int seed)
    {
        var outcome = GeneratedDumpsFidelity.Check(seed, size: 150);

        Assert.True(outcome.Misses.Count == 0, $"{outcome.Misses.Count} of {outcome.Checked} fields differ:\n" + string.Join('\n', outcome.Misses));
        Assert.Empty(outcome.InventedShortTitles);
    }

    /// <summary>Where the twenty seeds start (100 unless set), so a second run can draw twenty other sets.</summary>
    public const string FirstSeedVariable = "DIGESTGEN_FIDELITY_SEED";

    /// <summary>The measurement for docs/merge.md: 20 sets of 400 papers each.</summary>
    [MeasurementFact]
    public void Twenty_random_sets_come_back_field_for_field()
    {
        var firstSeed = int.TryParse(Environment.GetEnvironmentVariable(FirstSeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var chosen) ? chosen : 100;
        var total = 0;
        var misses = new List<string>();
        var inventedShortTitles = new List<string>();
        for (var seed = firstSeed; seed < firstSeed + 20; seed++)
        {
            var outcome = GeneratedDumpsFidelity.Check(seed, size: 400);
            output.WriteLine($"set {seed}: {outcome.Checked - outcome.Misses.Count} of {outcome.Checked} fields hold");
            total += outcome.Checked;
            misses.AddRange(outcome.Misses);
            inventedShortTitles.AddRange(outcome.InventedShortTitles);
        }

        output.WriteLine($"all sets: {total - misses.Count} of {total} fields hold ({100.0 * (total - misses.Count) / total:F2} %)");
        output.WriteLine($"titles under {TitleAuthorSplitter.ShortestGuessedTitle} characters that no dump had: {inventedShortTitles.Count}");
        output.WriteLine(string.Join('\n', inventedShortTitles.Concat(misses)));
        Assert.Empty(inventedShortTitles);
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}
