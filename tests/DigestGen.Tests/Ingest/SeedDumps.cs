using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>The five seed dumps in input/, read and parsed as the build does, with the date the seeds were taken.</summary>
internal static class SeedDumps
{
    public const string Profile = "000_";
    public const string Publications = "001_";
    public const string Trending = "002_";
    public const string Abstracts = "003_";
    public const string Feed = "004_";

    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static InputFile Read(string prefix) =>
        InputReader.ReadDumps(RepoPaths.Input).Single(file => file.Path.StartsWith(prefix, StringComparison.Ordinal));

    public static ParsedDump Parse(string prefix) => IngestDumps.Parse(Read(prefix), AsOf);

    /// <summary>The seed's raw lines, so <c>Line(dump, n)</c> is line n as an editor shows it.</summary>
    public static string[] RawLines(string prefix) =>
        File.ReadAllLines(Path.Combine(RepoPaths.Input, Read(prefix).Path));
}
