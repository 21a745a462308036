using System.Text.Json;
using DigestGen.Output;

namespace DigestGen.Tests.Output;

public sealed class DataExportTests
{
    [Fact]
    public void Data_files_are_one_line_of_json_and_keep_every_paper()
    {
        var digest = global::DigestGen.Tests.Search.SeedDigest.Load();
        var sink = new MemoryOutputSink();

        DataExport.Run(digest, [], sink);

        // Indenting would add about a fifth to papers.json: 60 MB of a 100,000-paper site that GitHub Pages caps at 1 GB.
        foreach (var path in new[] { "data/papers.json", "data/authors.json", "data/topics.json", "data/problems.json" })
        {
            Assert.DoesNotContain((byte)'\n', sink.Files[path].Content);
        }

        using var papers = JsonDocument.Parse(sink.Files["data/papers.json"].Content);
        Assert.Equal(digest.Papers.Length, papers.RootElement.GetArrayLength());
        Assert.Equal(digest.Papers[0].Title, papers.RootElement[0].GetProperty("title").GetString());
    }
}
