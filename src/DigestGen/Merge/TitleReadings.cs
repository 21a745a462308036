using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Settles glued "badge+title" lines (<see cref="RawRecord.AlternativeReadings"/>): the reading whose title
/// another dump states is taken; when none is confirmed the parser's first choice stands. A venue note belongs to
/// the parser's first split of the badge, so an alternative reading drops it.
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

        bool ConfirmedElsewhere(string title, string file) =>
            filesByTitle.TryGetValue(TitleKey.Of(title), out var files) && files.Any(other => other != file);

        return [.. records.Select(record =>
        {
            if (record.AlternativeReadings.IsEmpty || (record.Title is { } title && ConfirmedElsewhere(title, record.Source.File)))
            {
                return record;
            }

            var confirmed = record.AlternativeReadings.FirstOrDefault(reading => ConfirmedElsewhere(reading.Title, record.Source.File));
            return confirmed is null ? record : record with { Title = confirmed.Title, Venue = confirmed.Venue, VenueNote = null };
        })];
    }
}
