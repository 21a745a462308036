using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

        // Only the titles and first authors of glued records and their readings are ever asked about: a few
        // thousand of a 100,000-paper input's records, so only those are counted.
        var askedTitles = new HashSet<string>(StringComparer.Ordinal);
        var askedAuthors = new HashSet<string>(StringComparer.Ordinal);
        for (var record = 0; record < records.Length; record++)
        {
            if (records[record].AlternativeReadings.IsEmpty)
            {
                continue;
            }

            askedTitles.Add(titleKeys[record]);
            AddFirst(askedAuthors, records[record].Authors);
            foreach (var reading in records[record].AlternativeReadings)
            {
                askedTitles.Add(TitleKey.Of(reading.Title));
                AddFirst(askedAuthors, reading.Authors ?? []);
            }
        }

        // Whether another file states a title needs only the first file that states it and whether a second one does.
        var firstFileByTitle = new Dictionary<string, string>(StringComparer.Ordinal);
        var titlesInSeveralFiles = new HashSet<string>(StringComparer.Ordinal);
        // How many records name each author (a record naming one twice counts once).
        var recordsByAuthor = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var record = 0; record < records.Length; record++)
        {
            var (file, authors) = (records[record].Source.File, records[record].Authors);
            if (records[record].Title is not null && askedTitles.Contains(titleKeys[record]) && !firstFileByTitle.TryAdd(titleKeys[record], file) && firstFileByTitle[titleKeys[record]] != file)
            {
                titlesInSeveralFiles.Add(titleKeys[record]);
            }

            for (var position = 0; position < authors.Length; position++)
            {
                if (askedAuthors.Contains(authors[position]) && authors.IndexOf(authors[position], StringComparer.Ordinal) == position)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(recordsByAuthor, authors[position], out _)++;
                }
            }
        }

        bool ConfirmedElsewhere(string titleKey, string file) =>
            firstFileByTitle.TryGetValue(titleKey, out var first) && (first != file || titlesInSeveralFiles.Contains(titleKey));

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

    private static void AddFirst(HashSet<string> names, ImmutableArray<string> authors)
    {
        if (!authors.IsEmpty)
        {
            names.Add(authors[0]);
        }
    }
}
