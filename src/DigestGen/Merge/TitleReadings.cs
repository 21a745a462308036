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
    /// <param name="titleKeys">Per record, the <see cref="TitleKey"/> of its title (empty for none), computed once by the caller.</param>
    public static ImmutableArray<RawRecord> Resolve(ImmutableArray<RawRecord> records, IReadOnlyList<string> titleKeys)
    {
        if (records.All(record => record.AlternativeReadings.IsEmpty))
        {
            return records;
        }

        var filesByTitle = Enumerable.Range(0, records.Length)
            .Where(record => records[record].Title is not null)
            .GroupBy(record => titleKeys[record], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(record => records[record].Source.File).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var recordsByAuthor = records
            .SelectMany(record => record.Authors.Distinct(StringComparer.Ordinal))
            .GroupBy(name => name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        bool ConfirmedElsewhere(string titleKey, string file) =>
            filesByTitle.TryGetValue(titleKey, out var files) && files.Any(other => other != file);

        // Another record names this author: the record's own mention does not count.
        bool KnownElsewhere(ImmutableArray<string> authors, RawRecord record) =>
            !authors.IsEmpty && recordsByAuthor.GetValueOrDefault(authors[0]) > (record.Authors.Contains(authors[0], StringComparer.Ordinal) ? 1 : 0);

        return [.. records.Select((record, index) =>
        {
            if (record.AlternativeReadings.IsEmpty || (record.Title is not null && ConfirmedElsewhere(titleKeys[index], record.Source.File)))
            {
                return record;
            }

            var confirmed = record.AlternativeReadings.FirstOrDefault(reading => ConfirmedElsewhere(TitleKey.Of(reading.Title), record.Source.File))
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
