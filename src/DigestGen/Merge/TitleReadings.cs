using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Settles glued lines that ingest could read more than one way (<see cref="RawRecord.AlternativeReadings"/>): a
/// publication list's "badge+title" and a feed's "title+authors". The reading whose title another dump states is
/// taken; failing that, for a feed line, the reading whose first author another record names where the parser's
/// choice names nobody known; when nothing confirms any reading the parser's first choice stands. A venue note
/// belongs to the parser's first split of the badge, so an alternative reading drops it.
/// </summary>
internal static class TitleReadings
{
    public static ImmutableArray<RawRecord> Resolve(ImmutableArray<RawRecord> records)
    {
        if (records.All(record => record.AlternativeReadings.IsEmpty))
        {
            return records;
        }

        var filesByTitle = records
            .Where(record => record.Title is not null)
            .GroupBy(record => TitleKey.Of(record.Title!), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(record => record.Source.File).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var recordsByAuthor = records
            .SelectMany(record => record.Authors.Distinct(StringComparer.Ordinal))
            .GroupBy(name => name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        bool ConfirmedElsewhere(string title, string file) =>
            filesByTitle.TryGetValue(TitleKey.Of(title), out var files) && files.Any(other => other != file);

        // Another record names this author: the record's own mention does not count.
        bool KnownElsewhere(ImmutableArray<string> authors, RawRecord record) =>
            !authors.IsEmpty && recordsByAuthor.GetValueOrDefault(authors[0]) > (record.Authors.Contains(authors[0], StringComparer.Ordinal) ? 1 : 0);

        return [.. records.Select(record =>
        {
            if (record.AlternativeReadings.IsEmpty || (record.Title is { } title && ConfirmedElsewhere(title, record.Source.File)))
            {
                return record;
            }

            var confirmed = record.AlternativeReadings.FirstOrDefault(reading => ConfirmedElsewhere(reading.Title, record.Source.File))
                ?? (KnownElsewhere(record.Authors, record)
                    ? null
                    : record.AlternativeReadings.FirstOrDefault(reading => reading.Authors is { } authors && KnownElsewhere(authors, record)));
            return confirmed is null ? record : record with
            {
                Title = confirmed.Title,
                Venue = confirmed.Venue,
                VenueNote = null,
                Authors = confirmed.Authors ?? record.Authors,
                AlternativeReadings = [],
            };
        })];
    }
}
