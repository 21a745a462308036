using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Bench;

/// <summary>lunr.js (node) building the search index over the same papers: the reference for DigestGen's search stage.</summary>
internal static class LunrIndex
{
    public static ProcessMeasurement Build(string workFolder, IReadOnlyList<CorpusRecord> papers, TimeSpan limit)
    {
        Directory.CreateDirectory(workFolder);
        var docsPath = Path.Combine(workFolder, "lunr-docs.json");
        var docs = papers.Select((paper, index) => new Dictionary<string, string>
        {
            ["id"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = paper.Title,
            ["authors"] = string.Join(" ", paper.Authors),
            ["abstract"] = paper.Abstract ?? "",
            ["topic"] = CorpusDumpWriter.Category(paper),
        });
        File.WriteAllText(docsPath, JsonSerializer.Serialize(docs));
        var script = Path.Combine(RepoPaths.Root, "bench", "lunr", "build-index.mjs");
        return TimedProcess.Run("node", [script, docsPath, Path.Combine(workFolder, "lunr-index.json")], workFolder, limit,
            new Dictionary<string, string> { ["LUNR_PATH"] = Path.Combine(RepoPaths.NodeModules, "lunr") });
    }
}
