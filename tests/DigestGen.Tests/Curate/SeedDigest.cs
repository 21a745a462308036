using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Tests.Curate;

/// <summary>
/// A small digest built by hand from real papers of the seed dumps (input/000_… and input/004_…), shaped the way
/// merge and the compute placeholder leave it: title-slug ids, category topics, author ids on every paper.
/// </summary>
internal static class SeedDigest
{
    public const string AltUp = "alternating-updates-for-efficient-transformers";
    public const string Matryoshka = "matryoshka-representation-learning";
    public const string Soap = "soap-improving-and-stabilizing-shampoo-using-adam";
    public const string TradeOff = "a-universal-trade-off-between-the-model-size-test-loss-and-training-loss-of-linear-predictors";
    public const string SgdBatch = "the-effect-of-sgd-batch-size-on-autoencoder-learning-sparsity-sharpness-and-feature-learning";

    public static Digest Build()
    {
        Paper[] papers =
        [
            Paper(TradeOff, "A Universal Trade-off Between the Model Size, Test Loss, and Training Loss of Linear Predictors", "ML", new DateOnly(2022, 7, 23), ["Nikhil Ghosh", "Mikhail Belkin"], truncated: false),
            Paper(AltUp, "Alternating Updates for Efficient Transformers", "LG", new DateOnly(2023, 1, 30), ["Cenk Baykal", "Dylan Cutler", "Nishanth Dikkala"], truncated: true) with { RelatedIds = [Soap, Matryoshka] },
            Paper(SgdBatch, "The Effect of SGD Batch Size on Autoencoder Learning: Sparsity, Sharpness, and Feature Learning", "ML", new DateOnly(2023, 8, 6), ["Nikhil Ghosh", "Spencer Frei", "Wooseok Ha"], truncated: true),
            Paper(Matryoshka, "Matryoshka Representation Learning", "LG", new DateOnly(2022, 5, 26), ["Aditya Kusupati", "Gantavya Bhatt", "Aniket Rege"], truncated: true) with { HasCode = true, Org = "uw", RelatedIds = [AltUp] },
            Paper(Soap, "SOAP: Improving and Stabilizing Shampoo using Adam", "LG", new DateOnly(2024, 9, 17), ["Nikhil Vyas", "Depen Morwani", "Rosie Zhao"], truncated: true) with { HasCode = true, RelatedIds = [AltUp] },
        ];

        var authors = papers
            .SelectMany(paper => paper.Authors.Select(name => (Name: name, Paper: paper.Id)))
            .GroupBy(pair => pair.Name, StringComparer.Ordinal)
            .Select(group => new Author(Slug(group.Key), group.Key, [], [.. group.Select(pair => pair.Paper)], null))
            .OrderBy(author => author.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var topics = papers
            .GroupBy(paper => paper.TopicId!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new Topic(group.Key, group.Key.ToUpperInvariant(), [], null, [.. group.Select(paper => paper.Id)]))
            .ToImmutableArray();
        return new Digest(new DateOnly(2026, 11, 23), [.. papers], authors, topics);
    }

    private static Paper Paper(string id, string title, string category, DateOnly date, string[] authors, bool truncated) => new()
    {
        Id = id,
        Title = title,
        Category = category,
        Date = date,
        Authors = [.. authors],
        AuthorIds = [.. authors.Select(Slug)],
        AuthorsTruncated = truncated,
        TopicId = category.ToLowerInvariant(),
    };

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
