using DigestGen.Compute.Embeddings;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>
/// Our tokenizer and our float ONNX conversion against the package's own TF.js tokenizer and graph; the int8 graph
/// the CPU runs is held to the float one (<see cref="QuantizedModelTests"/>).
/// </summary>
[Collection(DefaultModelCollection.Name)]
public sealed class TfjsParityTests(DefaultModelFixture model)
{
    private const float Tolerance = 1e-5f;

    /// <summary>Strings that exercise NFKC, unknown characters (merged), astral code points and null-score pieces.</summary>
    private static readonly string[] EdgeCases =
    [
        "ℌ𝔢𝔩𝔩𝔬 ☃☃ zzqx",
        "Ünïcödé  with  double   spaces and ﬁ ligatures",
        "日本語のテキストと中文",
        "emoji 😀😀 and math ∑∫∂ $\\mathcal{P}_1 \\cap \\mathcal{P}_2$",
        "smileys :-) :( ): see https://arxiv.org/abs/1706.03762",
        "tab\tand\nnewline",
        "",
    ];

    [Fact]
    public void Tokens_match_the_package_tokenizer()
    {
        var texts = CorpusSample.First(12).SelectMany(record => new[] { record.Title, record.Abstract }).Concat(EdgeCases).ToList();

        var oracle = TfjsOracle.Run(texts, []);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(oracle.Tokens[i], model.Tokenizer.Encode(texts[i]));
        }
    }

    [Fact]
    public void Full_windows_embed_like_the_tfjs_graph()
    {
        // 128-token windows from real abstracts and short windows from titles, batched together as the embedder does.
        var records = CorpusSample.First(12);
        var windows = records.Select(record => model.Tokenizer.Encode(record.Abstract).Take(OnnxTextEmbedder.MaxTokensPerWindow).ToArray())
            .Concat(records.Select(record => model.Tokenizer.Encode(record.Title)))
            .ToList();
        Assert.Contains(windows, window => window.Length == OnnxTextEmbedder.MaxTokensPerWindow);

        var expected = TfjsOracle.Run([], windows).WindowEmbeddings;
        var actual = model.FloatEmbedder.Run(windows);

        VectorAssert.Close(expected, actual, Tolerance);
    }

    [Fact]
    public void Texts_embed_like_the_package()
    {
        var texts = CorpusSample.First(10).Select(record => record.Title).Concat(EdgeCases[..^1]).ToList();

        var expected = TfjsOracle.Run(texts, []).TextEmbeddings;
        var actual = model.FloatEmbedder.Embed(texts);

        VectorAssert.Close(expected, actual, Tolerance);
        Assert.All(actual, vector => Assert.Equal(512, vector.Length));
    }
}
