using DigestGen.Curate;
using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Curate;

/// <summary>The example overrides shipped in input/overrides/ apply cleanly to the real seed site.</summary>
public sealed class SeedSiteOverridesTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Fact]
    public void Check_finds_no_problem_in_the_shipped_overrides()
    {
        using var output = new TempFolder();

        var report = BuildPipeline.Check(new BuildSettings(RepoPaths.Input, output.Path, AsOf, RepoPaths.Theme), SilentReporter.Instance);

        Assert.Empty(report.Diagnostics.Where(problem => problem.Code.StartsWith("DG04", StringComparison.Ordinal)).Select(problem => problem.ToString()));
    }

    [Fact]
    public void The_shipped_overrides_pin_fix_move_and_hide_seed_papers()
    {
        var dumps = InputReader.ReadDumps(RepoPaths.Input).Select(file => IngestDumps.Parse(file, AsOf)).ToList();
        var merged = MergePapers.Run(dumps, MergeOptions.TextOnly);
        var digest = new Digest(AsOf, [.. merged.Papers.Select(StageRecords.Unplaced)], merged.Authors, []);

        var result = StageRecords.Curate(digest, InputReader.ReadOverrides(RepoPaths.Input));

        Assert.Empty(result.Diagnostics);
        var altUp = result.Paper("alternating-updates-for-efficient-transformers");
        Assert.True(altUp.Pinned);
        Assert.Equal("efficient-transformers", altUp.TopicId);
        Assert.Equal(6, altUp.Authors.Length);
        Assert.Contains("nikhil-ghosh", altUp.AuthorIds);
        Assert.Contains(altUp.Id, result.Digest.Authors.Single(author => author.Id == "nikhil-ghosh").PaperIds);
        Assert.Equal<string>(["overrides/altup-editors-pick.md", "overrides/altup-full-author-list.md"], altUp.EditedBy);
        Assert.StartsWith("**Why this matters:**", altUp.EditorNote, StringComparison.Ordinal);

        var soap = result.Paper("soap-improving-and-stabilizing-shampoo-using-adam");
        Assert.Equal("https://github.com/nikhilvyas/SOAP", soap.CodeUrl);
        Assert.Equal("ICLR 2025", soap.Venue);

        var disciplined = result.Paper("a-disciplined-approach-to-neural-network-hyper-parameters-part-1-learning-rate");
        Assert.Contains("Part 1 — learning rate", disciplined.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2018, 3, 26), disciplined.Date);

        Assert.Equal(digest.Papers.Length - 1, result.Digest.Papers.Length);
        Assert.DoesNotContain(result.Digest.Papers, paper => paper.Id == "adversarial-parameter-attack-on-deep-neural-networks");
        Assert.Equal("Efficient transformers", result.Topic("efficient-transformers").Label);
    }
}
