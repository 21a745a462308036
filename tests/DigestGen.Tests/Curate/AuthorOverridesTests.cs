using System.Text.Json;
using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;
using static DigestGen.Tests.Curate.SeedDigest;

namespace DigestGen.Tests.Curate;

/// <summary>Author overrides: <c>same-as</c> joins two authors, <c>not-same-as</c> splits a spelling off.</summary>
public sealed class AuthorOverridesTests
{
    [Fact]
    public void Same_as_joins_two_authors_on_the_pages_the_paper_links_and_the_evidence()
    {
        var result = OverrideFiles.Apply(SoapByInitial(joined: false), ("ghosh.md", "---\nauthor: nikhil-ghosh\nsame-as: N. Ghosh\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Digest.Authors, author => author.Id == "n-ghosh");
        var ghosh = result.Digest.Authors.Single(author => author.Id == "nikhil-ghosh");
        Assert.Equal("Nikhil Ghosh", ghosh.Name);
        Assert.Equal<string>(["N. Ghosh"], ghosh.Aliases);
        Assert.Equal<string>([TradeOff, Soap, SgdBatch], ghosh.PaperIds);
        Assert.Equal<string>(["Nikhil Ghosh = N. Ghosh: editor: overrides/ghosh.md(3)"], ghosh.IdentityEvidence);
        Assert.Equal<string>(["nikhil-ghosh", "depen-morwani", "rosie-zhao"], result.Paper(Soap).AuthorIds);
    }

    [Fact]
    public void Not_same_as_gives_a_joined_spelling_an_author_of_its_own()
    {
        var result = OverrideFiles.Apply(SoapByInitial(joined: true), ("split.md", "---\nauthor: Nikhil Ghosh\nnot-same-as: N Ghosh\n---\n"));

        Assert.Empty(result.Diagnostics);
        var ghosh = result.Digest.Authors.Single(author => author.Id == "nikhil-ghosh");
        Assert.Empty(ghosh.Aliases);
        Assert.Equal<string>([TradeOff, Matryoshka, SgdBatch], ghosh.PaperIds);
        Assert.Equal<string>(["Nikhil Ghosh ≠ N. Ghosh: editor: overrides/split.md(3)"], ghosh.IdentityEvidence);
        var initial = result.Digest.Authors.Single(author => author.Id == "n-ghosh");
        Assert.Equal("N. Ghosh", initial.Name);
        Assert.Equal<string>([Soap], initial.PaperIds);
        Assert.Equal<string>(["n-ghosh", "depen-morwani", "rosie-zhao"], result.Paper(Soap).AuthorIds);
        Assert.Equal<string>(["nikhil-ghosh", "spencer-frei", "wooseok-ha"], result.Paper(SgdBatch).AuthorIds);
    }

    [Fact]
    public void A_wrong_author_id_is_an_error_that_names_the_closest_ids()
    {
        var result = OverrideFiles.Apply(("typo.md", "---\nauthor: nikhil-gosh\nsame-as: spencer-frei\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("overrides/typo.md(2): error DG0411: no author has the id or name 'nikhil-gosh' (did you mean 'nikhil-ghosh'?)", problem.ToString());
        Assert.Equal(SeedDigest.Build().Authors.Length, result.Digest.Authors.Length);
    }

    [Fact]
    public void Two_authors_of_one_paper_are_never_joined()
    {
        var result = OverrideFiles.Apply(("coauthors.md", "---\nauthor: nikhil-ghosh\nsame-as: Spencer Frei\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OverrideWrongValue, problem.Code);
        Assert.Contains($"both authors of '{SgdBatch}'", problem.Message, StringComparison.Ordinal);
        Assert.Contains(result.Digest.Authors, author => author.Id == "spencer-frei");
    }

    [Fact]
    public void A_spelling_the_author_does_not_have_cannot_be_split_off()
    {
        var result = OverrideFiles.Apply(("split.md", "---\nauthor: nikhil-ghosh\nnot-same-as: Nikhil Vyas\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("overrides/split.md(3): warning DG0404: 'Nikhil Ghosh' (nikhil-ghosh) has no spelling 'Nikhil Vyas' (write one of the spellings the author page lists that is another person: 'Nikhil Ghosh')", problem.ToString());
    }

    [Fact]
    public void Author_in_a_paper_file_points_to_authors()
    {
        var result = OverrideFiles.Apply(("list.md", $"---\npaper: {AltUp}\nauthor: Dylan Cutler\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OverrideUnknownKey, problem.Code);
        Assert.Contains("write 'authors:'", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_as_on_the_merged_seed_dumps_joins_the_two_simons()
    {
        var asOf = new DateOnly(2026, 11, 23);
        var dumps = InputReader.ReadDumps(RepoPaths.Input).Select(file => IngestDumps.Parse(file, asOf)).ToList();
        var merged = MergePapers.Run(dumps, MergeOptions.TextOnly);
        var digest = new Digest(asOf, [.. merged.Papers.Select(StageRecords.Unplaced)], merged.Authors, []);
        var jamie = digest.Authors.Single(author => author.Name == "Jamie Simon");
        var james = digest.Authors.Single(author => author.Name == "James B. Simon");

        var result = OverrideFiles.Apply(digest, ("simon.md", $"---\nauthor: {james.Id}\nsame-as: Jamie Simon\n---\n"));

        Assert.Empty(result.Diagnostics);
        var simon = result.Digest.Authors.Single(author => author.Id == james.Id);
        Assert.DoesNotContain(result.Digest.Authors, author => author.Id == jamie.Id);
        Assert.Equal<string>([.. james.PaperIds.Union(jamie.PaperIds).Order(StringComparer.Ordinal)], simon.PaperIds);
        Assert.Contains("James B. Simon = Jamie Simon: editor: overrides/simon.md(3)", simon.IdentityEvidence);
        Assert.All(result.Digest.Papers.Where(paper => paper.Authors.Contains("Jamie Simon")), paper => Assert.Contains(james.Id, paper.AuthorIds));
    }

    [Fact]
    public void A_build_of_a_seed_dump_with_same_as_writes_one_author_page_the_evidence_and_the_override_line_as_provenance()
    {
        using var work = new TempFolder();
        var seed = Directory.GetFiles(RepoPaths.Input, "000_*.txt").Single();
        work.Write(Path.Combine("input", Path.GetFileName(seed)), File.ReadAllText(seed));
        work.Write("input/overrides/simon.md", "---\nauthor: James B. Simon\nsame-as: jamie-simon\n---\n");
        var site = work.Combine("site");

        var report = BuildPipeline.Build(
            new BuildSettings(work.Combine("input"), site, new DateOnly(2026, 11, 23), RepoPaths.Theme, CacheDirectory: work.Combine("cache"), NodeModulesDirectory: RepoPaths.NodeModules),
            SilentReporter.Instance);

        Assert.Empty(report.Diagnostics.Where(problem => problem.Code.StartsWith("DG04", StringComparison.Ordinal)).Select(problem => problem.ToString()));
        Assert.False(Directory.Exists(Path.Combine(site, "authors", "jamie-simon")));
        var page = File.ReadAllText(Path.Combine(site, "authors", "james-simon", "index.html"));
        Assert.Contains("James B. Simon", page, StringComparison.Ordinal);
        Assert.Contains("James B. Simon = Jamie Simon: editor: overrides/simon.md(3)", File.ReadAllText(Path.Combine(site, "data", "authors.json")), StringComparison.Ordinal);

        // The override line, not the dump, is where the joined author's paper list and the papers' author ids come from.
        const string OverrideLine = """{"file":"overrides/simon.md","shape":"override","line":3}""";
        using var authors = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "data", "authors.json")));
        var simon = authors.RootElement.EnumerateArray().Single(author => author.GetProperty("id").GetString() == "james-simon");
        Assert.Equal(OverrideLine, Compact(simon.GetProperty("fieldSources").GetProperty("paperIds")));
        Assert.Equal(OverrideLine, Compact(simon.GetProperty("fieldSources").GetProperty("aliases")));
        using var papers = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "data", "papers.json")));
        var relinked = papers.RootElement.EnumerateArray()
            .Where(paper => paper.GetProperty("authors").EnumerateArray().Any(name => name.GetString() == "Jamie Simon")).ToList();
        Assert.NotEmpty(relinked);
        Assert.All(relinked, paper => Assert.Equal(OverrideLine, Compact(paper.GetProperty("fieldSources").GetProperty("authorIds"))));
        page = File.ReadAllText(Path.Combine(site, "papers", relinked[0].GetProperty("id").GetString()!, "index.html"));
        Assert.Contains("<code>overrides/simon.md</code> line 3, override: authorIds", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_list_override_credits_its_line_for_the_paper_lists_it_changed()
    {
        var result = OverrideFiles.Apply(("altup.md", $"---\npaper: {Soap}\nauthors:\n  - Nikhil Vyas\n  - Grace Hopper\n---\n"));

        Assert.Empty(result.Diagnostics);
        var line = new SourceRef("overrides/altup.md", DumpShape.Override, 3);
        Assert.Equal(line, result.Paper(Soap).FieldSources["authorIds"]);
        var hopper = result.Digest.Authors.Single(author => author.Name == "Grace Hopper");
        Assert.Equal(line, hopper.FieldSources["name"]);
        // Every author who gained or lost SOAP credits the override for their paper list; nobody else does.
        var before = SeedDigest.Build().Authors.ToDictionary(author => author.Id, StringComparer.Ordinal);
        Assert.All(result.Digest.Authors, author => Assert.Equal(
            !before.TryGetValue(author.Id, out var was) || was.PaperIds.Contains(Soap) != author.PaperIds.Contains(Soap),
            author.FieldSources.GetValueOrDefault("paperIds") == line));
        Assert.NotEqual(line, result.Digest.Authors.Single(author => author.Id == "nikhil-vyas").FieldSources.GetValueOrDefault("paperIds"));
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>
    /// The seed digest with SOAP's first author written "N. Ghosh": an author of its own, or an alias of Nikhil Ghosh,
    /// whose profile page then also gave him Matryoshka (a paper whose shown author list stops before his name).
    /// </summary>
    private static Digest SoapByInitial(bool joined)
    {
        var digest = SeedDigest.Build();
        var papers = digest.Papers.Select(paper => paper.Id != Soap ? paper : paper with
        {
            Authors = paper.Authors.SetItem(0, "N. Ghosh"),
            AuthorIds = paper.AuthorIds.SetItem(0, joined ? "nikhil-ghosh" : "n-ghosh"),
        });
        var authors = digest.Authors.Where(author => author.Id != "nikhil-vyas").Select(author => author.Id != "nikhil-ghosh" || !joined ? author : author with
        {
            Aliases = ["N. Ghosh"],
            PaperIds = [TradeOff, Matryoshka, Soap, SgdBatch],
            IdentityEvidence = ["N. Ghosh = Nikhil Ghosh: same paper, same place"],
        });
        var initial = new Author("n-ghosh", "N. Ghosh", [], [Soap], null);
        return digest with { Papers = [.. papers], Authors = [.. (joined ? authors : authors.Append(initial)).OrderBy(author => author.Id, StringComparer.Ordinal)] };
    }
}
