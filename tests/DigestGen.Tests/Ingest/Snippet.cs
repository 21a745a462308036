using System.Text;
using DigestGen.Ingest;
using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

/// <summary>Parses a dump written inline in a test, as the build would parse a file of that content.</summary>
internal static class Snippet
{
    public const string FileName = "snippet.txt";

    public static ParsedDump Parse(string text, DateOnly? asOf = null) =>
        Parse(Encoding.UTF8.GetBytes(text), asOf);

    public static ParsedDump Parse(byte[] bytes, DateOnly? asOf = null) =>
        IngestDumps.Parse(new InputFile(FileName, bytes, null), asOf ?? SeedDumps.AsOf);

    public static string Codes(ParsedDump dump) =>
        string.Join(" ", dump.Diagnostics.Select(diagnostic => $"{diagnostic.Code}@{diagnostic.Line}"));
}
