using DigestGen.Compute.Clustering;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class TopicLabelerTests
{
    private static readonly string[] SpeechTexts =
    [
        "End-to-end speech recognition with transformers. We improve speech recognition on noisy audio.",
        "Streaming speech recognition. A Bayesian decoder for speech recognition under latency limits.",
        "Speech recognition for low-resource languages, where speech data is scarce.",
        "Accent robust speech recognition. Models for speech transfer across speakers.",
    ];

    private static readonly string[] GraphTexts =
    [
        "Graph neural networks for molecules. We train a graph neural network on chemistry data.",
        "Scaling graph neural networks. Message passing models for large graphs and speech.",
        "Explaining graph neural networks with Bayesian attributions of graph edges.",
        "Graph neural networks meet transformers: models for graph classification.",
    ];

    [Fact]
    public void A_topic_is_labelled_by_its_distinctive_phrase_in_sentence_case()
    {
        var descriptions = Describe([.. SpeechTexts, .. GraphTexts], [0, 0, 0, 0, 1, 1, 1, 1]);

        Assert.Equal("Speech recognition", descriptions[0].Label);
        Assert.Equal("Graph neural networks", descriptions[1].Label);
    }

    [Fact]
    public void A_word_authors_capitalise_keeps_its_capital_inside_a_label()
    {
        string[] texts =
        [
            "Bayesian optimisation of hyperparameters. Bayesian optimisation finds good settings fast.",
            "Parallel Bayesian optimisation for expensive experiments.",
            "Graph neural networks for molecules.",
            "Scaling graph neural networks to large graphs.",
        ];

        Assert.Equal("Bayesian optimisation", Describe(texts, [0, 0, 1, 1])[0].Label);
    }

    [Fact]
    public void Words_split_by_punctuation_or_a_dropped_word_are_not_a_phrase()
    {
        var (words, follows) = TermTokenizer.Tokens("Diffusion models for video. Speech, recognition and graph neural networks");

        Assert.Equal(["diffusion", "models", "video", "speech", "recognition", "graph", "neural", "networks"], words);
        Assert.Equal([false, true, false, false, false, false, true, true], follows);
    }

    [Fact]
    public void Two_topics_never_share_a_label()
    {
        var descriptions = Describe([.. SpeechTexts, .. SpeechTexts.Reverse()], [0, 0, 0, 0, 1, 1, 1, 1]);

        Assert.NotEqual(descriptions[0].Label, descriptions[1].Label);
    }

    [Fact]
    public void A_single_word_labels_a_topic_only_when_no_phrase_comes_close()
    {
        string[] texts =
        [
            "Quadrotor control under wind gusts.",
            "Learning agile flight for a quadrotor.",
            "Quadrotor swarms with human operators.",
            "Graph neural networks for molecules.",
            "Scaling graph neural networks to large graphs.",
            "Graph neural networks explained.",
        ];

        var descriptions = Describe(texts, [0, 0, 0, 1, 1, 1]);

        Assert.Equal("Quadrotor", descriptions[0].Label);
        Assert.Equal("Graph neural networks", descriptions[1].Label);
    }

    [Fact]
    public void A_linking_word_two_papers_happen_to_share_never_labels_their_topic()
    {
        // The seed site's smallest topic: two papers whose rarest shared word was "thereby".
        string[] texts =
        [
            "Low-rank adapters for vision. A low-rank update is learned, thereby saving memory.",
            "Compressing weights to low-rank factors, thereby lowering the cost of inference.",
            "Graph neural networks for molecules.",
            "Scaling graph neural networks to large graphs.",
            "Graph neural networks explained.",
        ];

        var descriptions = Describe(texts, [0, 0, 1, 1, 1]);

        Assert.Equal("Low-rank", descriptions[0].Label);
    }

    [Fact]
    public void Irregular_plurals_fold_into_one_phrase()
    {
        string[] texts =
        [
            "Sampling policies for graph vertices.",
            "A sampling policy that visits each graph vertex once.",
            "Graph vertices and their sampling policies.",
            "Speech recognition for low-resource languages.",
            "Streaming speech recognition.",
            "Speech recognition with transformers.",
        ];

        var phrases = new KeyPhrases(TokenizedTexts.Tokenize(texts));

        Assert.Equal(phrases.Of("graph vertex"), phrases.Of("graph vertices"));
        Assert.Equal(phrases.Of("sampling policy"), phrases.Of("sampling policies"));
        Assert.True(phrases.Contains(1, phrases.Of("graph vertices")!.Value));
    }

    private static IReadOnlyList<TopicDescription> Describe(string[] texts, int[] assignments) =>
        TopicLabeler.Describe(texts, assignments, assignments.Max() + 1);
}
