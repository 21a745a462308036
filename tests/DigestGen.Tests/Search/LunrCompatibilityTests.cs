using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>Our index must be the very bytes lunr@2.3.9 serializes for the same documents, and answer as lunr does.</summary>
public sealed class LunrCompatibilityTests
{
    /// <summary>Papers whose text exercises the traps: accents, Greek, Turkish İ, numeric ids, punctuation, stop words.</summary>
    internal static readonly ImmutableArray<Paper> TrickyPapers =
    [
        Paper("2048", "Attention Is All You Need — ΣΟΦΙΑ ΟΔΟΣ", ["João Guimarães", "Søren Kierkegaard"], "The café's naïve résumé: (a) -- [b] ... \"quoted\" İstanbul"),
        Paper("0", "Constructor __proto__ toString hasOwnProperty", ["Zoë Ångström"], null),
        Paper("lora-low-rank-adaptation", "LoRA: Low-Rank Adaptation of Large Language Models", ["Edward J. Hu", "Yelong Shen"], "We propose LoRA, which freezes the pre-trained model weights and injects trainable rank decomposition matrices."),
        Paper("ml-ops_2", "MLOps: from 1e-7 to 10^21 & beyond; x_i^2 = y\u00a0z\u2003w", ["Łukasz Kaiser", "François Chollet"], "Diffusion models for image synthesis; not image-based diffusion."),
    ];

    [Fact]
    public void Index_json_is_byte_identical_to_lunr_for_three_thousand_corpus_papers()
    {
        var digest = CorpusDigest.Load(3000);
        digest = digest with { Papers = digest.Papers.AddRange(TrickyPapers) };
        using var temp = new TempFolder();

        var ours = Build(digest).ReadText("search/index.json");
        var lunrs = LunrOracle.Build(SearchDocument.From(digest), temp);

        AssertSameText(lunrs, ours);
    }

    [Fact]
    public void Index_json_is_byte_identical_to_lunr_for_the_seed_site()
    {
        var digest = SeedDigest.Load();
        using var temp = new TempFolder();

        var ours = Build(digest).ReadText("search/index.json");
        var lunrs = LunrOracle.Build(SearchDocument.From(digest), temp);

        Assert.True(digest.Papers.Length > 100, $"expected the seed dumps to give many papers, got {digest.Papers.Length}");
        AssertSameText(lunrs, ours);
    }

    [Fact]
    public void A_site_over_the_whole_index_limit_gets_the_parts_but_no_index_json_or_docs_json()
    {
        var digest = new Digest(new DateOnly(2026, 11, 23), TrickyPapers, [], []);
        var sink = new MemoryOutputSink();

        BuildSearchIndex.Run(digest, sink, wholeIndexMaxPapers: TrickyPapers.Length - 1);

        Assert.DoesNotContain("search/index.json", sink.Files.Keys);
        Assert.DoesNotContain("search/docs.json", sink.Files.Keys);
        Assert.Contains("search/parts/0/0.json", sink.Files.Keys);
        Assert.Contains("search/docs/0.json", sink.Files.Keys);
        Assert.Contains("search/manifest.json", sink.Files.Keys);
    }

    [Fact]
    public void Result_chunks_leave_the_url_to_the_page_and_docs_json_keeps_it()
    {
        var digest = new Digest(new DateOnly(2026, 11, 23), TrickyPapers, [], []);
        var sink = Build(digest);

        var chunk = System.Text.Json.JsonDocument.Parse(sink.Files["search/docs/0.json"].Content).RootElement;
        Assert.All(chunk.EnumerateArray(), entry =>
        {
            Assert.False(entry.TryGetProperty("url", out _));
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("id").GetString()));
        });
        var byId = System.Text.Json.JsonDocument.Parse(sink.Files["search/docs.json"].Content).RootElement;
        var first = chunk[0].GetProperty("id").GetString()!;
        Assert.Equal($"papers/{first}/", byId.GetProperty(first).GetProperty("url").GetString());
    }

    internal static MemoryOutputSink Build(Digest digest)
    {
        var sink = new MemoryOutputSink();
        BuildSearchIndex.Run(digest, sink);
        return sink;
    }

    /// <summary>Equal texts, or a failure that shows where they part (whole indexes are megabytes long).</summary>
    internal static void AssertSameText(string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        Assert.Fail($"Texts differ at char {at} (lengths {expected.Length} and {actual.Length}).\n" +
            $"expected: …{expected[from..Math.Min(expected.Length, at + 120)]}\n" +
            $"actual:   …{actual[from..Math.Min(actual.Length, at + 120)]}");
    }

    private static Paper Paper(string id, string title, ImmutableArray<string> authors, string? summary) =>
        new() { Id = id, Title = title, Authors = authors, Abstract = summary, Category = "LG", Date = new DateOnly(2026, 11, 20) };
}
