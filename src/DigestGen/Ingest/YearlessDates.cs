using System.Collections.Immutable;

namespace DigestGen.Ingest;

/// <summary>
/// The dates without a year in a dump's record headers (glued ones included), and the build's day they were read on:
/// each is the latest such day not after it, so the dump reads alike on any other day on which every one of them
/// still falls in the same year. A nightly build keeps the parsed dump for all those days, not for one.
/// </summary>
internal sealed record YearlessDates(DateOnly ReadOn, ImmutableArray<MonthDay> Days)
{
    public bool ReadAlikeOn(DateOnly day) =>
        day == ReadOn || Days.All(date => RecordHeader.LatestOnOrBefore(date.Month, date.Day, day) == RecordHeader.LatestOnOrBefore(date.Month, date.Day, ReadOn));
}

/// <summary>A header's month and day as written; the day may not exist in that month ("Feb 30").</summary>
internal readonly record struct MonthDay(int Month, int Day);
