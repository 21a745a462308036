using System.Collections.Immutable;
using System.Text;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>
/// A realistic digest for render tests, built from real records of the corpus (Hugging Face daily papers
/// with scores and code links, arXiv listings with LaTeX math, a publication list with venues), shaped the way
/// merge, compute, curate and rank will hand it over: topics with keywords and map points, related papers, one pinned
/// paper with an editor's note, one hidden paper and one hidden topic.
/// </summary>
internal static class CorpusDigest
{
    public static readonly DateOnly AsOf = new(2024, 5, 27);

    private static readonly (string Id, string Label, string[] Keywords, string[] Cues)[] TopicRules =
    [
        ("language-models", "Language models", ["llm", "reasoning", "instruction tuning"], ["language", "llm", "text", "dialog", "token"]),
        ("vision", "Vision and multimodal", ["image", "video", "multimodal"], ["image", "video", "visual", "vision", "3d", "multimodal"]),
        ("learning-theory", "Learning theory", ["optimisation", "generalisation", "bounds"], ["learning", "optimization", "gradient", "bound", "network"]),
        ("systems", "Systems and other", ["systems"], []),
    ];

    public static Digest Build(int trending = 40, int arxiv = 30) => Cache.GetOrAdd((trending, arxiv), key => Load(key.Item1, key.Item2));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), Digest> Cache = new();

    private static Digest Load(int trending, int arxiv)
    {
        var records = Records(trending, arxiv).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var papers = new List<Paper>();
        var rank = 0;
        foreach (var (record, file, line) in records)
        {
            var title = record.Title;
            var id = Slug(title);
            if (!ids.Add(id))
            {
                continue;
            }

            var names = record.Authors;
            var isTrending = record.Source == "hf-daily";
            var shape = isTrending ? DumpShape.TrendingList : record.Source == "arxiv-meta" ? DumpShape.AbstractListing : DumpShape.PublicationList;
            var source = new SourceRef(file, shape, line);
            var topic = TopicRules.First(rule => rule.Cues.Length == 0 || rule.Cues.Any(cue => title.Contains(cue, StringComparison.OrdinalIgnoreCase)));
            var hash = (uint)id.Aggregate(17, (h, c) => unchecked((h * 31) + c));
            var topicIndex = Array.IndexOf(TopicRules, topic);
            papers.Add(new Paper
            {
                Id = id,
                Title = title,
                Authors = names,
                AuthorIds = [.. names.Select(Slug)],
                Abstract = record.Abstract,
                Date = record.Date,
                Category = record.Categories.IsDefaultOrEmpty ? null : record.Categories[0].Split('.')[^1],
                Venue = record.Venue,
                Score = record.Score,
                HasCode = record.CodeUrl is not null,
                TrendingRank = isTrending && rank < 10 ? ++rank : null,
                Sources = [source],
                FieldSources = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, SourceRef>("title", source), new("abstract", source)]),
                TopicId = topic.Id,
                MapPoint = new MapPoint((topicIndex % 2 * 0.5) + (hash % 1000 / 2500.0), (topicIndex / 2 * 0.5) + (hash / 1000 % 1000 / 2500.0)),
            });
        }

        // Curated touches, as overrides would make them.
        papers[1] = papers[1] with { Org = "Example Lab" };
        var curations = new Dictionary<string, PaperCuration>(StringComparer.Ordinal)
        {
            [papers[1].Id] = new()
            {
                Pinned = true,
                EditorNote = "A **strong** baseline; see [the code](https://github.com/example/repo). <script>alert(1)</script>",
                CodeUrl = "https://github.com/example/repo",
                Tags = ["efficient", "multimodal"],
                EditedBy = ["overrides/picks.yaml"],
            },
            [papers[2].Id] = new() { Hidden = true },
        };
        var byTopic = papers.GroupBy(paper => paper.TopicId!).ToDictionary(group => group.Key, group => group.Select(paper => paper.Id).ToList());
        papers = [.. papers.Select(paper =>
        {
            var siblings = byTopic[paper.TopicId!];
            var at = siblings.IndexOf(paper.Id);
            return paper with { RelatedIds = [.. siblings.Skip(at + 1).Take(3)] };
        })];

        var topics = TopicRules
            .Where(rule => byTopic.ContainsKey(rule.Id))
            .Select(rule => new Topic(rule.Id, rule.Label, [.. rule.Keywords], rule.Id == "vision" ? "Papers that see: images, video and models that mix them with text." : null, [.. byTopic[rule.Id]]))
            .Append(new Topic("secret", "Hidden topic", [], null, [papers[0].Id]) { Hidden = true })
            .ToImmutableArray();

        var authors = papers
            .SelectMany(paper => paper.Authors.Zip(paper.AuthorIds, (name, id) => (name, id, paper.Id)))
            .GroupBy(entry => entry.id, StringComparer.Ordinal)
            .Select(group => new Author(group.Key, group.First().name, [], [.. group.Select(entry => entry.Item3).Distinct()],
                group.Key == "yichi-zhang" ? new ProfileStats("Yichi Zhang", "CL", 19, 15, 576, 52, 56) : null))
            .ToImmutableArray();
        // Joined as the pipeline joins the stages' records (which leaves out the hidden paper and topic), then ranked
        // as the rank stage does on a first build: every paper first seen on the as-of day.
        var joined = Digest.Join(
            AsOf,
            [.. papers.Select(StageRecords.Merged)],
            [.. papers.Select(paper => new PaperPlacement(paper.Id, paper.TopicId!, paper.RelatedIds, paper.MapPoint!))],
            curations,
            papers.ToDictionary(paper => paper.Id, paper => paper.AuthorIds, StringComparer.Ordinal),
            authors,
            topics);
        return StageRecords.Rank(joined, ImmutableSortedDictionary<string, DateOnly>.Empty);
    }

    /// <summary>The paper an editor hid: it is in the stages' records but not in the digest.</summary>
    public static string HiddenPaperId() => Records(40, 30).Select(entry => Slug(entry.Record.Title)).Distinct().ElementAt(2);

    private static IEnumerable<(CorpusRecord Record, string File, int Line)> Records(int trending, int arxiv) =>
        Take("hf-daily", trending).Concat(Take("arxiv-meta", arxiv)).Concat(Take("alfolio-yichi-zhang", 13));

    /// <summary>The first records of one corpus file, with the file name and 1-based line each came from.</summary>
    private static IEnumerable<(CorpusRecord Record, string File, int Line)> Take(string fileStem, int count) =>
        CorpusReader.ReadFile(RepoPaths.Corpus, fileStem).Take(count).Select((record, index) => (record, fileStem + ".jsonl", index + 1));

    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or ':' or '/' or '.'))
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }
}
