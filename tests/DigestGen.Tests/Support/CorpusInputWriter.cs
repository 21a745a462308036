using System.Globalization;

namespace DigestGen.Tests.Support;

/// <summary>
/// Writes an input folder the way a digest's input grows: one paper feed per day, publication lists for entries with
/// a venue or without an abstract, plus the overlapping dumps a real digest has (a trending list, an abstract listing
/// and author profiles restating papers of the feeds), so merge has real work. Deterministic: same papers, same files.
/// No xunit here: bench/ compiles this file too.
/// </summary>
public static class CorpusInputWriter
{
    private const int PublicationListSize = 50;
    private const int TrendingListSize = 100;
    private const int ProfilePapers = 40;

    /// <summary>Writes the dumps for <paramref name="papers"/> into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<CorpusRecord> papers, int asOfYear)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        void Save(string name, string text) => files.Add(WriteFile(Path.Combine(folder, name), text));

        var listed = papers.Where(paper => paper.Venue is not null || paper.Abstract is null).ToList();
        for (var part = 0; part * PublicationListSize < listed.Count; part++)
        {
            Save(Invariant($"publications-{part + 1:D3}.txt"), CorpusDumpWriter.PublicationList(listed.Skip(part * PublicationListSize).Take(PublicationListSize).ToList()));
        }

        var fed = papers.Where(paper => paper.Venue is null && paper.Abstract is not null).ToList();
        foreach (var day in fed.GroupBy(paper => paper.Date).OrderBy(day => day.Key))
        {
            Save(FeedName(day.Key), CorpusDumpWriter.PaperFeed(day.ToList(), asOfYear));
        }

        // The overlapping dumps restate papers of the feeds: the trending list the best-scored, the abstract
        // listing every hundredth, the profiles the most prolific authors' papers.
        var trending = fed.Where(paper => paper.Score is not null)
            .OrderByDescending(paper => paper.Score).ThenBy(paper => paper.Title, StringComparer.Ordinal)
            .Take(TrendingListSize).ToList();
        if (trending.Count > 0)
        {
            Save("trending.txt", CorpusDumpWriter.TrendingList(trending));
        }

        var untitled = fed.Where((_, index) => index % 100 == 50).ToList();
        if (untitled.Count > 0)
        {
            Save("abstracts.txt", CorpusDumpWriter.AbstractListing(untitled));
        }

        var profiles = Math.Clamp(papers.Count / 1000, 1, 100);
        var prolific = fed.SelectMany(paper => paper.Authors.Take(CorpusDumpWriter.ShownAuthors), (paper, author) => (paper, author))
            .GroupBy(pair => pair.author, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(profiles);
        var number = 0;
        foreach (var author in prolific)
        {
            var authored = author.Select(pair => pair.paper).OrderByDescending(paper => paper.Date).Take(ProfilePapers).ToList();
            Save(Invariant($"profile-{++number:D3}.txt"), CorpusDumpWriter.ProfilePage(CorpusDumpWriter.ProfileStatsFor(author.Key, authored), authored, asOfYear));
        }

        return files;
    }

    /// <summary>The next night's new papers as one more feed file, the way a nightly update arrives.</summary>
    public static string WriteNightlyFeed(string folder, IReadOnlyList<CorpusRecord> papers, DateOnly night) =>
        WriteFile(Path.Combine(folder, "nightly-" + night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".txt"), CorpusDumpWriter.PaperFeed(papers, night.Year));

    private static string WriteFile(string path, string text)
    {
        File.WriteAllText(path, text);
        return path;
    }

    private static string FeedName(DateOnly day) => "feed-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".txt";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
