using DigestGen.Curate;
using DigestGen.Ingest;
using DigestGen.Tests.Support;
using static DigestGen.Tests.Curate.SeedDigest;

namespace DigestGen.Tests.Curate;

/// <summary>
/// Golden test of every curate problem: Fixtures/Curate/BrokenSite/overrides holds one broken file per mistake
/// (and the valid files some mistakes contradict); expected-problems.txt is exactly what the terminal prints.
/// </summary>
public sealed class OverrideProblemsTests
{
    private static readonly string Site = Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Fixtures", "Curate", "BrokenSite");

    [Fact]
    public void Every_mistake_is_reported_with_file_line_code_and_hint()
    {
        var result = StageRecords.Curate(SeedDigest.Build(), InputReader.ReadOverrides(Site));

        var expectedPath = Path.Combine(Site, "expected-problems.txt");
        var actual = result.Problems() + "\n";
        if (actual != File.ReadAllText(expectedPath))
        {
            File.WriteAllText(expectedPath + ".received", actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Broken_files_are_skipped_and_the_valid_ones_still_apply()
    {
        var result = StageRecords.Curate(SeedDigest.Build(), InputReader.ReadOverrides(Site));

        var altUp = result.Paper(AltUp);
        Assert.True(altUp.Pinned);
        Assert.Equal("efficient-transformers", altUp.TopicId);
        Assert.Equal<string>(["overrides/11-pin.md"], altUp.EditedBy);
        Assert.Equal("Efficient transformers", result.Topic("efficient-transformers").Label);
        Assert.All(result.Digest.Papers.Where(paper => paper.Id != AltUp), paper => Assert.Empty(paper.EditedBy));
        Assert.Equal("ML", result.Topic("ml").Label);
        Assert.Null(result.Topic("ml").Description);
    }
}
