using System.Diagnostics;
using System.Text.Json;
using DigestGen.Search;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>Runs Oracle/lunr-oracle.js (the real lunr@2.3.9 under node) and returns what it prints.</summary>
public static class LunrOracle
{
    private static string Script => Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Search", "Oracle", "lunr-oracle.js");

    /// <summary>lunr's own serialized index of the documents, as JSON.stringify writes it.</summary>
    public static string Build(IEnumerable<SearchDocument> documents, TempFolder temp)
    {
        var input = temp.Write("documents.json", JsonSerializer.Serialize(documents.Select(document => new
        {
            id = document.Id,
            title = document.Title,
            authors = document.AuthorsText,
            @abstract = document.Abstract,
            topic = document.Topic,
        })));
        return Run("build", input);
    }

    /// <summary>lunr's answers to each query from one serialized index file.</summary>
    public static string Query(string indexFile, IReadOnlyList<string> queries, TempFolder temp) =>
        Run("query", indexFile, temp.Write("queries.json", JsonSerializer.Serialize(queries)));

    /// <summary>The answers of search-index.js's split index, loaded part by part from a search/ folder.</summary>
    public static string Sharded(string searchFolder, IReadOnlyList<string> queries, TempFolder temp) =>
        Run("sharded", searchFolder, temp.Write("queries.json", JsonSerializer.Serialize(queries)));

    /// <summary>
    /// lunr's own serialization of every part of a split index unpacked by search-index.js into one lunr.Index,
    /// with paper ids as refs: equal to the whole index.json when the parts lose nothing.
    /// </summary>
    public static string Unpacked(string searchFolder) => Run("unpack", searchFolder);

    /// <summary>search-index.js's foldAccents applied to <paramref name="text"/>.</summary>
    public static string Fold(string text, TempFolder temp) =>
        JsonSerializer.Deserialize<string>(Run("fold", temp.Write("text.json", JsonSerializer.Serialize(text))))!;

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"lunr-oracle.js {arguments[0]} failed: {error.Result}");
        return output;
    }
}
