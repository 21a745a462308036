using System.Diagnostics;
using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>Runs tfjs-oracle.js: the default model's own TF.js tokenizer and graph, in node.</summary>
internal static class TfjsOracle
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    public sealed record Answer(int[][] Tokens, float[][] TextEmbeddings, float[][] WindowEmbeddings);

    public static Answer Run(IReadOnlyList<string> texts, IReadOnlyList<int[]> windows)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Compute", "Embeddings", "tfjs-oracle.js");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var node = Process.Start(start)!;
        node.StandardInput.Write(JsonSerializer.Serialize(new { texts, windows }));
        node.StandardInput.Close();
        var stderr = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"tfjs-oracle.js failed (run scripts/bootstrap.sh?): {stderr.Result}");
        return JsonSerializer.Deserialize<Answer>(output, ReadOptions)!;
    }
}
