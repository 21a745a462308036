using System.Text;
using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Merge;

/// <summary>
/// One random set of real corpus papers written as the dumps a digest has (<see cref="CorpusInputWriter"/>: feeds,
/// publication lists, a trending list, an abstract listing, profiles), ingested and merged; then every field the
/// dumps showed is checked against the corpus: title, the shown authors of fed papers, abstract (after mojibake and
/// TeX repair), date and venue. Returns the fields that did not come back, as "title: field expected → got".
/// </summary>
internal static class GeneratedDumpsFidelity
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly Lazy<List<CorpusRecord>> Corpus = new(() => [.. CorpusReader.ReadAll(RepoPaths.Corpus).Where(paper => !paper.Authors.IsEmpty)]);

    /// <summary>
    /// For each corpus position, the first at or after it (around the end) that is no record of the name lexicon
    /// (<see cref="NameLexiconRecords"/>): a draw that lands on one takes the next record instead, so the other draws
    /// of a seed stay the papers they were before the lexicon was held out.
    /// </summary>
    private static readonly Lazy<int[]> Drawable = new(() =>
    {
        var corpus = Corpus.Value;
        var next = new int[corpus.Count];
        var drawable = -1;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var index = corpus.Count - 1; index >= 0; index--)
            {
                drawable = NameLexiconRecords.Contains(corpus[index]) ? drawable : index;
                next[index] = drawable;
            }
        }

        return next;
    });

    /// <param name="InventedShortTitles">Merged titles under 8 characters that no dump had ("S" of "SIMA 2: …").</param>
    public sealed record Outcome(int Checked, IReadOnlyList<string> Misses, IReadOnlyList<string> InventedShortTitles);

    public static Outcome Check(int seed, int size)
    {
        var random = new Random(seed);
        var corpus = Corpus.Value;
        var papers = Enumerable.Range(0, size).Select(_ => corpus[Drawable.Value[random.Next(corpus.Count)]])
            .DistinctBy(paper => TitleKey.Of(paper.Title)).ToList();

        using var folder = new TempFolder();
        var dumps = CorpusInputWriter.Write(folder.Path, papers, AsOf.Year)
            .Select(path => IngestDumps.Parse(new InputFile(Path.GetFileName(path), Encoding.UTF8.GetBytes(File.ReadAllText(path)), null), AsOf))
            .ToList();
        var mergedPapers = MergePapers.Run(dumps, MergeOptions.TextOnly).Papers;
        var merged = mergedPapers.ToLookup(paper => TitleKey.Of(paper.Title), StringComparer.Ordinal);
        var byAbstract = mergedPapers.Where(paper => paper.Abstract is not null).ToLookup(paper => paper.Abstract!, StringComparer.Ordinal);

        var checkedFields = 0;
        var misses = new List<string>();
        void Expect<T>(CorpusRecord paper, string field, T expected, T actual)
        {
            checkedFields++;
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                misses.Add($"{paper.Title}: {field} {expected} → {actual}");
            }
        }

        foreach (var paper in papers)
        {
            var title = AsRepaired(paper.Title);
            var found = merged[TitleKey.Of(title)].ToList();
            Expect(paper, "title", title, found.Count == 1 ? found[0].Title : $"{found.Count} papers{CameOutAs(byAbstract, paper)}");
            if (found.Count != 1)
            {
                continue;
            }

            var result = found[0];
            if (paper.Venue is null && !string.IsNullOrEmpty(paper.Abstract))
            {
                // Fed papers show their authors; publication lists show none. "*" marks equal contribution.
                Expect(paper, "authors", string.Join(", ", paper.Authors.Take(CorpusDumpWriter.ShownAuthors).SelectMany(AsRepairedNames)), string.Join(", ", result.Authors));
            }

            if (!string.IsNullOrEmpty(paper.Abstract))
            {
                Expect(paper, "abstract", AsRepaired(paper.Abstract), result.Abstract);
            }

            if (paper.Venue is null)
            {
                Expect(paper, "date", paper.Date, result.Date);
            }
            else
            {
                Expect(paper, "venue", CorpusDumpWriter.VenueBadge(paper), result.Venue?.Split(' ')[0]);
            }
        }

        var dumpTitles = papers.Select(paper => AsRepaired(paper.Title)).ToHashSet(StringComparer.Ordinal);
        var inventedShortTitles = mergedPapers.Select(paper => paper.Title)
            .Where(title => title.Length < TitleAuthorSplitter.ShortestGuessedTitle && !dumpTitles.Contains(title)).ToList();
        return new Outcome(checkedFields, misses, inventedShortTitles);
    }

    /// <summary>
    /// A corpus text as the build shows it: UTF-8 read as Latin-1 decoded (ingest, <see cref="Mojibake"/>), then
    /// scraped TeX repaired (merge, <see cref="TexRepair"/>).
    /// </summary>
    public static string AsRepaired(string text) => TexRepair.Run(Mojibake.Repair(text, out _));

    /// <summary>
    /// A corpus author name as the build shows it: decoded as above, "*" and TeX's "~" as ingest reads them, and two
    /// names glued by "and" in the corpus itself as the two they are ("Salvatore D'Oro andSalil S. Kanhere").
    /// </summary>
    public static string[] AsRepairedNames(string name) => AuthorList.Unglue(AuthorList.Clean(Mojibake.Repair(name, out _)));

    /// <summary>What a lost paper's abstract came out under, so a miss shows the wrong split: " (as "S" by …)".</summary>
    private static string CameOutAs(ILookup<string, MergedPaper> byAbstract, CorpusRecord paper) =>
        paper.Abstract is null ? "" : string.Concat(byAbstract[AsRepaired(paper.Abstract)]
            .Select(other => $" (as \"{other.Title}\" by {string.Join(", ", other.Authors)}{(other.Venue is null ? "" : ", venue " + other.Venue)})"));
}
