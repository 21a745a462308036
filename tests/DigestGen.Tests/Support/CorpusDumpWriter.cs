using System.Globalization;
using System.Text;
using DigestGen.Model;

namespace DigestGen.Tests.Support;

/// <summary>
/// Renders real corpus records into the five dump shapes exactly as the seed files in input/ lay them out
/// (000_ profile page, 001_ publication list, 002_ trending list, 003_ arXiv abstract listing, 004_ paper feed),
/// glued headers and all, so parsers and the benchmark see real text in each shape. Records without an abstract
/// render an empty abstract; filter them out where the shape needs one.
/// No xunit here: bench/ compiles this file too.
/// </summary>
public static class CorpusDumpWriter
{
    /// <summary>The dumps show at most this many authors, then "et al.".</summary>
    public const int ShownAuthors = 3;

    /// <summary>Category used for records whose source has none (hf-daily): the dumps' most common one.</summary>
    public const string DefaultCategory = "LG";

    private const string TrendingChrome = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe";

    /// <summary>Whitespace junk the trending page leaves after its last abstract.</summary>
    private static readonly string TrendingTrailer = "\n\n \n" + string.Concat(Enumerable.Repeat("\t\t\t \n", 8)) + "\t\t\t";

    /// <summary>
    /// An author profile page (like 000_): the stats header, "N Papers", then per paper a
    /// "[score]CATMon D[, YYYY]" line, the title, the shown authors and the abstract, blank-line separated.
    /// </summary>
    public static string ProfilePage(ProfileStats stats, IReadOnlyList<CorpusRecord> papers, int asOfYear)
    {
        var text = new StringBuilder();
        text.Append(stats.Name).Append("\n\n");
        AppendLineIfKnown(text, "", stats.Category, "");
        AppendLineIfKnown(text, "h-index", stats.HIndex, "");
        AppendLineIfKnown(text, "", stats.PaperCount, "papers");
        AppendLineIfKnown(text, "", stats.Citations, "citations");
        AppendLineIfKnown(text, "Novelty", stats.NoveltyPercent, "%");
        AppendLineIfKnown(text, "AI Score", stats.AiScore, "");
        text.Append('\n').Append(Invariant($"{papers.Count} Papers")).Append("\n\n");
        text.AppendJoin("\n\n", papers.Select(paper =>
            $"{DateHeader(paper, asOfYear)}\n{paper.Title}\n\n{ShownAuthorList(paper)}\n\n{paper.Abstract}"));
        return text.ToString();
    }

    /// <summary>
    /// Profile stats for a person whose papers these are, derived from the papers alone (the corpus has no citation
    /// counts): the most common category, and an h-index, citations, novelty and AI score that grow with the count.
    /// </summary>
    public static ProfileStats ProfileStatsFor(string name, IReadOnlyList<CorpusRecord> papers)
    {
        var category = papers.GroupBy(Category)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key).FirstOrDefault() ?? DefaultCategory;
        var count = papers.Count;
        return new ProfileStats(name, category, HIndex: Math.Max(1, count * 4 / 5), PaperCount: count,
            Citations: count * 38, NoveltyPercent: 40 + count % 50, AiScore: 50 + count % 45);
    }

    /// <summary>
    /// A personal publication list (like 001_): records without a venue under "preprints" with an arXiv badge,
    /// the rest under year sections, newest first, with the venue badge glued to the title. A record with a long
    /// venue name gets the italic venue line glued to its abstract; one without gets the year glued to its title.
    /// </summary>
    public static string PublicationList(IReadOnlyList<CorpusRecord> entries)
    {
        var text = new StringBuilder("# publications\n\n* denotes equal contribution\n\n");
        var preprints = entries.Where(entry => entry.Venue is null).ToList();
        if (preprints.Count > 0)
        {
            text.Append("### preprints\n\n");
            text.AppendJoin("\n\n", preprints.Select(entry => $"- arXiv{entry.Title}\n*arXiv preprint*, {Year(entry)}{entry.Abstract}"));
            text.Append("\n\n");
        }

        var published = entries.Where(entry => entry.Venue is not null).GroupBy(entry => entry.Date.Year).OrderByDescending(year => year.Key).ToList();
        if (published.Count > 0)
        {
            text.Append("### conference & journal articles\n\n");
            text.AppendJoin("\n\n", published.Select(year =>
                Invariant($"## {year.Key}\n\n") + string.Join("\n\n", year.Select(PublishedEntry))));
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A trending list (like 002_): site chrome with "Subscribe" glued to the first title, title/abstract line pairs, whitespace junk.</summary>
    public static string TrendingList(IReadOnlyList<CorpusRecord> papers) =>
        TrendingChrome + string.Join("\n", papers.Select(paper => $"{paper.Title}\n{paper.Abstract}")) + TrendingTrailer;

    /// <summary>An arXiv abstract listing (like 003_): "Abstract:" blocks with no title, four blank lines apart.</summary>
    public static string AbstractListing(IReadOnlyList<CorpusRecord> papers) =>
        string.Join("\n\n\n\n\n", papers.Select(paper => "Abstract:" + paper.Abstract));

    /// <summary>
    /// A paper feed (like 004_): "[score]CATMon D[, YYYY][Code]", then the title glued to the shown authors and
    /// " · org", then the abstract, one line each.
    /// </summary>
    public static string PaperFeed(IReadOnlyList<CorpusRecord> papers, int asOfYear) =>
        string.Join("\n", papers.Select(paper =>
            $"{DateHeader(paper, asOfYear)}{(paper.CodeUrl is null ? "" : "Code")}\n{paper.Title}{ShownAuthorList(paper)}{OrgTag(paper)}\n{paper.Abstract}"));

    /// <summary>"84.7MLApr 23" in the as-of year, "LGJan 30, 2023" before it; the score only where the source has one.</summary>
    public static string DateHeader(CorpusRecord paper, int asOfYear)
    {
        var score = paper.Score is { } upvotes ? upvotes.ToString("0.0", CultureInfo.InvariantCulture) : "";
        var date = paper.Date.ToString(paper.Date.Year == asOfYear ? "MMM d" : "MMM d, yyyy", CultureInfo.InvariantCulture);
        return score + Category(paper) + date;
    }

    /// <summary>The two-letter category the dumps show: "cs.LG" → LG, "stat.ML" → ML, the old "cmp-lg" archive → CL.</summary>
    public static string Category(CorpusRecord paper)
    {
        if (paper.Categories.IsEmpty)
        {
            return DefaultCategory;
        }

        var primary = paper.Categories[0];
        if (primary.StartsWith("cmp-lg", StringComparison.Ordinal))
        {
            return "CL";
        }

        var subject = primary[(primary.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return subject[..Math.Min(2, subject.Length)].ToUpperInvariant();
    }

    /// <summary>Up to three authors, then " et al." when the list is longer.</summary>
    public static string ShownAuthorList(CorpusRecord paper) =>
        string.Join(", ", paper.Authors.Take(ShownAuthors)) + (paper.Authors.Length > ShownAuthors ? " et al." : "");

    /// <summary>" · bytedance-seed" for the organization "ByteDance Seed": the feed shows short lower-case tags.</summary>
    public static string OrgTag(CorpusRecord paper) =>
        paper.Organization is null ? "" : " · " + string.Join('-', paper.Organization.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"NeurIPS" for "NeurIPS 2024": the badge drops the year the section heading already gives.</summary>
    public static string VenueBadge(CorpusRecord entry) =>
        entry.Venue!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    private static string PublishedEntry(CorpusRecord entry) => entry.VenueFull is null
        ? $"- {VenueBadge(entry)}{entry.Title}{Year(entry)}" + (entry.Abstract is null ? "" : "\n" + entry.Abstract)
        : $"- {VenueBadge(entry)}{entry.Title}\n*In {entry.VenueFull}*, {Year(entry)}{entry.Abstract}";

    private static string Year(CorpusRecord entry) => entry.Date.Year.ToString(CultureInfo.InvariantCulture);

    private static void AppendLineIfKnown<T>(StringBuilder text, string prefix, T? value, string suffix)
    {
        if (value is not null)
        {
            text.Append(prefix).Append(CultureInfo.InvariantCulture, $"{value}").Append(suffix).Append('\n');
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
