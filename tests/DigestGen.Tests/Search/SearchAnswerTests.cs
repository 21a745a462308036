using DigestGen.Search;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// lunr.Index.load of our index answers exactly as lunr's own index does, and the split index (search-index.js
/// loading parts on demand) answers exactly as the whole one: same refs, same order, same scores, same matched terms.
/// </summary>
public sealed class SearchAnswerTests : IClassFixture<SearchAnswerTests.BuiltSite>, IDisposable
{
    private readonly BuiltSite site;
    private readonly TempFolder temp = new();

    public SearchAnswerTests(BuiltSite site) => this.site = site;

    [Fact]
    public void Our_index_answers_every_query_as_lunrs_own_index_does()
    {
        var lunrIndex = temp.Write("lunr-index.json", LunrOracle.Build(site.Documents, temp));

        var expected = LunrOracle.Query(lunrIndex, site.Queries, temp);
        var actual = LunrOracle.Query(site.Combine("index.json"), site.Queries, temp);

        LunrCompatibilityTests.AssertSameText(expected, actual);
    }

    [Fact]
    public void Split_index_answers_every_query_as_the_whole_index_does()
    {
        var whole = LunrOracle.Query(site.Combine("index.json"), site.Queries, temp);
        var split = LunrOracle.Sharded(site.Folder.Path, site.Queries, temp);

        Assert.True(site.PartCount > 10, $"expected the test index to be split into many parts, got {site.PartCount}");
        LunrCompatibilityTests.AssertSameText(whole, split);
    }

    [Fact]
    public void Unpacking_every_part_in_the_browser_code_gives_back_the_whole_index()
    {
        var whole = File.ReadAllText(site.Combine("index.json"));

        var unpacked = LunrOracle.Unpacked(site.Folder.Path);

        LunrCompatibilityTests.AssertSameText(whole, unpacked);
    }

    [Fact]
    public void Accented_and_plain_spellings_find_the_same_paper()
    {
        var answers = LunrOracle.Query(site.Combine("index.json"), ["Guimarães", "Guimaraes", "authors:guimaraes"], temp);

        Assert.Equal(3, answers.Split("\"2048\"").Length - 1);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>2,000 corpus papers plus the tricky ones, built once into a search/ folder for all tests here.</summary>
    public sealed class BuiltSite : IDisposable
    {
        public BuiltSite()
        {
            var digest = CorpusDigest.Load(2000);
            digest = digest with { Papers = digest.Papers.AddRange(LunrCompatibilityTests.TrickyPapers) };
            Documents = SearchDocument.From(digest);
            Queries = SearchQueries.Generate(Documents, 300);
            foreach (var file in LunrCompatibilityTests.Build(digest).Files.Values)
            {
                Folder.Write(file.Path["search/".Length..], System.Text.Encoding.UTF8.GetString(file.Content));
                PartCount += file.Path.StartsWith("search/parts/", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        public TempFolder Folder { get; } = new();

        public IReadOnlyList<SearchDocument> Documents { get; }

        public IReadOnlyList<string> Queries { get; }

        public int PartCount { get; }

        public string Combine(string file) => Folder.Combine(file);

        public void Dispose() => Folder.Dispose();
    }
}
