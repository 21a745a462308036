using System.Diagnostics;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;
using Xunit.Abstractions;

namespace DigestGen.Tests.Merge;

/// <summary>
/// Precision and recall of merge's author join decision on name pairs labelled from the corpus (docs/merge.md,
/// "Measured"). The whole corpus (about 110,000 records) goes through merge as one feed; a pair counts as joined when
/// both spellings end up on one author.
/// <list type="bullet">
/// <item>Positives: two records of one paper (same folded title) with author lists of one length that spell the
/// author at one position differently, neither spelling appearing elsewhere in the other list (a reordered list is not
/// a variant) and at least half the other positions spelled alike (two prefaces of one title are other people).</item>
/// <item>Negatives: two authors of one record with one surname and one first initial (two people sign one paper
/// together), spelled differently. Identical spellings on one paper are counted apart: no name rule can tell them.</item>
/// </list>
/// </summary>
public sealed class AuthorIdentityMeasurement(ITestOutputHelper output)
{
    [MeasurementFact]
    public void Join_precision_and_recall_on_labelled_pairs_from_the_corpus()
    {
        var corpus = CorpusReader.ReadAll(RepoPaths.Corpus).ToList();
        var feed = new ParsedDump("feed.txt", DumpShape.PaperFeed, null, [.. corpus.Select((record, index) => new RawRecord
        {
            Source = new SourceRef("feed.txt", DumpShape.PaperFeed, index + 1),
            Title = record.Title,
            Authors = record.Authors,
            Abstract = record.Abstract,
            Date = record.Date,
        })], []);

        var clock = Stopwatch.StartNew();
        var merged = MergePapers.Run([feed], MergeOptions.TextOnly);
        var authorOf = merged.Authors
            .SelectMany(author => author.Aliases.Prepend(author.Name).Select(spelling => (spelling, author.Id)))
            .ToDictionary(entry => entry.spelling, entry => entry.Id, StringComparer.Ordinal);
        bool Joined((string One, string Other) pair) =>
            authorOf.TryGetValue(pair.One, out var one) && authorOf.TryGetValue(pair.Other, out var other) && one == other;

        var positives = PositivePairs(corpus).ToList();
        var negatives = NegativePairs(corpus, identical: false).ToList();
        var identical = NegativePairs(corpus, identical: true).Count();
        var truePositives = positives.Count(Joined);
        var falsePositives = negatives.Count(Joined);
        var precision = truePositives + falsePositives == 0 ? 1.0 : (double)truePositives / (truePositives + falsePositives);
        var recall = positives.Count == 0 ? 0.0 : (double)truePositives / positives.Count;
        output.WriteLine($"{corpus.Count} records → {merged.Papers.Length} papers, {merged.Authors.Length} authors in {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine($"positives {positives.Count}, joined {truePositives}; negatives {negatives.Count}, joined {falsePositives} (identical spellings on one paper, not counted: {identical})");
        output.WriteLine($"precision {precision:P1}, recall {recall:P1}");
        output.WriteLine("missed: " + string.Join("; ", positives.Where(pair => !Joined(pair)).Select(pair => $"{pair.One} / {pair.Other}")));
        output.WriteLine("wrongly joined: " + string.Join("; ", negatives.Where(Joined).Take(20).Select(pair => $"{pair.One} / {pair.Other}")));

        Assert.NotEmpty(positives);
        Assert.NotEmpty(negatives);
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
    }

    private static IEnumerable<(string One, string Other)> PositivePairs(IReadOnlyList<CorpusRecord> corpus) =>
        corpus
            .GroupBy(record => string.Join(' ', TextFolding.Words(record.Title)), StringComparer.Ordinal)
            .Where(copies => copies.Count() > 1)
            .SelectMany(copies => copies.SelectMany((first, index) => copies.Skip(index + 1).Select(second => (first.Authors, second.Authors))))
            .Where(lists => lists.Item1.Length == lists.Item2.Length)
            .SelectMany(lists =>
            {
                var (one, other) = (Keys(lists.Item1), Keys(lists.Item2));
                var agreeing = one.Zip(other).Count(pair => pair.First == pair.Second);
                return Enumerable.Range(0, one.Length)
                    .Where(_ => agreeing > 0 && 2 * agreeing >= one.Length - 1)
                    .Where(position => one[position] != other[position] && !other.Contains(one[position]) && !one.Contains(other[position]))
                    .Select(position => (lists.Item1[position], lists.Item2[position]));
            })
            .Distinct();

    private static IEnumerable<(string One, string Other)> NegativePairs(IReadOnlyList<CorpusRecord> corpus, bool identical) =>
        corpus.SelectMany(record =>
        {
            var names = record.Authors.Select(AuthorIdentity.Parse).ToList();
            return Enumerable.Range(0, names.Count).SelectMany(first => Enumerable.Range(first + 1, names.Count - first - 1)
                .Where(second => names[first].Surname == names[second].Surname && names[first].FirstName.Length > 0
                    && names[second].FirstName.StartsWith(names[first].FirstName[0])
                    && (names[first].Key == names[second].Key) == identical)
                .Select(second => (record.Authors[first], record.Authors[second])));
        });

    private static string[] Keys(IEnumerable<string> authors) => [.. authors.Select(author => AuthorIdentity.Parse(author).Key)];
}
