using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Makes one paper of the records that state it, taking each field from the dump best placed to know it and
/// remembering which record that was (<see cref="MergedPaper.FieldSources"/>). Title and abstract get their scraped TeX
/// repaired (<see cref="TexRepair"/>). The id is left empty: <see cref="PaperIds"/>
/// gives ids once all papers are known.
/// </summary>
internal static class CombineFields
{
    /// <summary>Which dumps state titles most faithfully: publication-list titles come out of glued badges, last.</summary>
    private static readonly DumpShape[] TitleAuthority =
        [DumpShape.ProfilePage, DumpShape.PaperFeed, DumpShape.TrendingList, DumpShape.PublicationList];

    /// <summary>Feeds carry the live score, category, org and code flag; a profile page has some of them too.</summary>
    private static readonly DumpShape[] FeedAuthority = [DumpShape.PaperFeed, DumpShape.ProfilePage];

    private static readonly DumpShape[] VenueAuthority = [DumpShape.PublicationList];

    /// <param name="records">The paper's records in input order; at least one has a title.</param>
    public static MergedPaper Run(IReadOnlyList<RawRecord> records)
    {
        var sources = ImmutableSortedDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);

        T? Take<T>(string field, RawRecord? from, Func<RawRecord, T> value)
        {
            if (from is null)
            {
                return default;
            }

            sources[field] = from.Source;
            return value(from);
        }

        var title = Take("title", Best(records, HasTitle, static (record, best) => Rank(record, TitleAuthority) - Rank(best, TitleAuthority)), record => TexRepair.Run(record.Title!.Trim()))!;
        var authors = Best(records, static record => !record.Authors.IsEmpty, static (record, best) =>
            record.AuthorsTruncated != best.AuthorsTruncated ? (record.AuthorsTruncated ? 1 : -1)
            : record.Authors.Length != best.Authors.Length ? best.Authors.Length - record.Authors.Length
            : NameLengths(best) - NameLengths(record));
        // A listing's untitled abstract may be an older wording: the abstract shown is a titled dump's when one has it.
        var withAbstract = Best(records, static record => !string.IsNullOrWhiteSpace(record.Abstract), static (record, best) =>
            (record.Title is null) != (best.Title is null) ? (record.Title is null ? 1 : -1) : best.Abstract!.Length - record.Abstract!.Length);
        var hasCode = Best(records, static record => record.HasCode is not null, static (record, best) =>
            record.HasCode != best.HasCode ? (record.HasCode == true ? -1 : best.HasCode == true ? 1 : 0) : Rank(record, FeedAuthority) - Rank(best, FeedAuthority));
        return new MergedPaper
        {
            Id = "",
            Title = title,
            Authors = authors is null ? [] : Take("authors", authors, record => record.Authors),
            AuthorsTruncated = authors?.AuthorsTruncated ?? false,
            Abstract = Take("abstract", withAbstract, record => record.Abstract is { } text ? TexRepair.Run(text) : null),
            Date = Take("date", Best(records, static record => record.Date is not null, static (record, best) => Comparer<DateOnly?>.Default.Compare(record.Date, best.Date)), record => record.Date),
            Category = Take("category", Best(records, static record => record.Category is not null, ByFeedAuthority), record => record.Category),
            Venue = Take("venue", Best(records, static record => record.Venue is not null, static (record, best) => Rank(record, VenueAuthority) - Rank(best, VenueAuthority)), VenueWithNote),
            Score = Take("score", Best(records, static record => record.Score is not null, static (record, best) =>
                ByFeedAuthority(record, best) is var byAuthority and not 0 ? byAuthority : Comparer<double?>.Default.Compare(best.Score, record.Score)), record => record.Score),
            HasCode = Take("hasCode", hasCode, record => record.HasCode) ?? false,
            Org = Take("org", Best(records, static record => record.Org is not null, ByFeedAuthority), record => record.Org),
            TrendingRank = Take("trendingRank", Best(records, static record => record.TrendingRank is not null, static (record, best) => Comparer<int?>.Default.Compare(record.TrendingRank, best.TrendingRank)), record => record.TrendingRank),
            Sources = [.. records.Select(record => record.Source).OrderBy(source => source.File, StringComparer.Ordinal).ThenBy(source => source.Line)],
            FieldSources = sources.ToImmutable(),
        };
    }

    /// <summary>
    /// The first record, in input order, of those that qualify that no later one beats (<paramref name="beats"/> below
    /// zero): what a stable sort's first element is, without sorting. Run for every field of every paper, so a loop.
    /// </summary>
    private static RawRecord? Best(IReadOnlyList<RawRecord> records, Func<RawRecord, bool> qualifies, Comparison<RawRecord> beats)
    {
        RawRecord? best = null;
        foreach (var record in records)
        {
            if (qualifies(record) && (best is null || beats(record, best) < 0))
            {
                best = record;
            }
        }

        return best;
    }

    private static bool HasTitle(RawRecord record) => !string.IsNullOrWhiteSpace(record.Title);

    private static int ByFeedAuthority(RawRecord record, RawRecord best) => Rank(record, FeedAuthority) - Rank(best, FeedAuthority);

    /// <summary>Records from the listed shapes first, in that order, then the rest.</summary>
    private static int Rank(RawRecord record, DumpShape[] authority) =>
        Array.IndexOf(authority, record.Source.Shape) is var rank and >= 0 ? rank : authority.Length;

    private static int NameLengths(RawRecord record)
    {
        var length = 0;
        foreach (var name in record.Authors)
        {
            length += name.Length;
        }

        return length;
    }

    private static string VenueWithNote(RawRecord record) =>
        record.VenueNote is { } note ? $"{record.Venue} {note}" : record.Venue!;
}
