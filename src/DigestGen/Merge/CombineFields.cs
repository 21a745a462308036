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

        var titled = Ranked(records.Where(record => !string.IsNullOrWhiteSpace(record.Title)), TitleAuthority);
        var authors = records
            .Where(record => !record.Authors.IsEmpty)
            .OrderBy(record => record.AuthorsTruncated)
            .ThenByDescending(record => record.Authors.Length)
            .ThenByDescending(record => record.Authors.Sum(name => name.Length))
            .FirstOrDefault();
        // A listing's untitled abstract may be an older wording: the abstract shown is a titled dump's when one has it.
        var withAbstract = records
            .Where(record => !string.IsNullOrWhiteSpace(record.Abstract))
            .OrderBy(record => record.Title is null)
            .ThenByDescending(record => record.Abstract!.Length)
            .FirstOrDefault();
        var hasCode = Ranked(records.Where(record => record.HasCode is not null), FeedAuthority)
            .OrderByDescending(record => record.HasCode == true)
            .FirstOrDefault();

        var title = Take("title", titled.First(), record => TexRepair.Run(record.Title!.Trim()))!;
        return new MergedPaper
        {
            Id = "",
            Title = title,
            Authors = authors is null ? [] : Take("authors", authors, record => record.Authors),
            AuthorsTruncated = authors?.AuthorsTruncated ?? false,
            Abstract = Take("abstract", withAbstract, record => record.Abstract is { } text ? TexRepair.Run(text) : null),
            Date = Take("date", records.Where(record => record.Date is not null).MinBy(record => record.Date), record => record.Date),
            Category = Take("category", Ranked(records.Where(record => record.Category is not null), FeedAuthority).FirstOrDefault(), record => record.Category),
            Venue = Take("venue", Ranked(records.Where(record => record.Venue is not null), VenueAuthority).FirstOrDefault(), VenueWithNote),
            Score = Take("score", Ranked(records.Where(record => record.Score is not null), FeedAuthority).ThenByDescending(record => record.Score).FirstOrDefault(), record => record.Score),
            HasCode = Take("hasCode", hasCode, record => record.HasCode) ?? false,
            Org = Take("org", Ranked(records.Where(record => record.Org is not null), FeedAuthority).FirstOrDefault(), record => record.Org),
            TrendingRank = Take("trendingRank", records.Where(record => record.TrendingRank is not null).MinBy(record => record.TrendingRank), record => record.TrendingRank),
            Sources = [.. records.Select(record => record.Source).OrderBy(source => source.File, StringComparer.Ordinal).ThenBy(source => source.Line)],
            FieldSources = sources.ToImmutable(),
        };
    }

    /// <summary>Records from the listed shapes first, in that order, then the rest; input order within each.</summary>
    private static IOrderedEnumerable<RawRecord> Ranked(IEnumerable<RawRecord> records, DumpShape[] authority) =>
        records.OrderBy(record => Array.IndexOf(authority, record.Source.Shape) is var rank and >= 0 ? rank : authority.Length);

    private static string VenueWithNote(RawRecord record) =>
        record.VenueNote is { } note ? $"{record.Venue} {note}" : record.Venue!;
}
