using System.Text;
using System.Text.Json;
using System.Xml;
using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>
/// Every byte sequence is data: stray control bytes, broken UTF-8 and bidi controls in a text dump cost a warning
/// at their line, never the file's records; UTF-16 without a byte-order mark is read, not called binary.
/// </summary>
public sealed class StrayBytesTests
{
    /// <summary>The seed feed (50 records) with <paramref name="insert"/> placed inside line <paramref name="line"/>.</summary>
    private static byte[] FeedWith(int line, byte[] insert)
    {
        var lines = SeedDumps.RawLines(SeedDumps.Feed);
        var before = Encoding.UTF8.GetBytes(string.Join('\n', lines[..(line - 1)]) + "\n" + lines[line - 1][..10]);
        var after = Encoding.UTF8.GetBytes(lines[line - 1][10..] + "\n" + string.Join('\n', lines[line..]) + "\n");
        return [.. before, .. insert, .. after];
    }

    private static int TitleLine(int record) =>
        SeedDumps.Parse(SeedDumps.Feed).Records[record].Source.Line + 1;

    [Fact]
    public void A_single_nul_byte_costs_a_warning_at_its_line_not_the_file()
    {
        var line = TitleLine(7);

        var dump = Snippet.Parse(FeedWith(line, [0x00]));

        Assert.Equal(DumpShape.PaperFeed, dump.Shape);
        Assert.Equal(50, dump.Records.Length);
        Assert.Equal(SeedDumps.Parse(SeedDumps.Feed).Records[7].Title, dump.Records[7].Title);
        var problem = Assert.Single(dump.Diagnostics, problem => problem.Code == DiagnosticCodes.NotTextCharacters);
        Assert.Equal((Severity.Warning, Snippet.FileName, line), (problem.Severity, problem.File, problem.Line));
        Assert.Contains("removed", problem.Message, StringComparison.Ordinal);
        Assert.Contains("kept", problem.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\b")]
    [InlineData("\u001b[31m")]
    [InlineData("\u007f\u0080\u009b")]
    [InlineData("\u202e\u2066\u200f")]
    [InlineData("\uFFFF\uFDD0")]
    public void Control_and_bidi_characters_are_removed_and_reported_once_per_line(string stray)
    {
        var line = TitleLine(3);
        var original = SeedDumps.Parse(SeedDumps.Feed);

        var dump = Snippet.Parse(FeedWith(line, Encoding.UTF8.GetBytes(stray + stray)));

        Assert.Equal(50, dump.Records.Length);
        Assert.All(dump.Records, record => Assert.True(TextCharacters.IsClean(record.Title! + record.Abstract + string.Concat(record.Authors))));
        Assert.Equal(original.Records[3].Authors.ToArray(), dump.Records[3].Authors.ToArray());
        Assert.Equal($"{DiagnosticCodes.NotTextCharacters}@{line}", string.Join(" ", dump.Diagnostics.Where(p => p.Code == DiagnosticCodes.NotTextCharacters).Select(p => $"{p.Code}@{p.Line}")));
    }

    [Fact]
    public void Broken_utf8_in_a_utf8_file_stays_utf8_with_the_line_named()
    {
        var line = TitleLine(12);
        // The seed feed has accents and "·" separators: valid multi-byte UTF-8 outnumbers the two broken bytes.
        var dump = Snippet.Parse(FeedWith(line, [0xC3, 0x28, 0xFF]));

        Assert.Equal(50, dump.Records.Length);
        Assert.DoesNotContain(dump.Diagnostics, problem => problem.Code == DiagnosticCodes.NotUtf8);
        var problem = Assert.Single(dump.Diagnostics, problem => problem.Code == DiagnosticCodes.NotTextCharacters);
        Assert.Equal(line, problem.Line);
        Assert.Contains("do not decode as text", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0007", DiagnosticCodes.NotTextCharacters, "characters that are not text")]
    // UTF-8 read as Latin-1 throughout ("é" as "Ã©"): repaired, and named the same way.
    [InlineData("Ã©", DiagnosticCodes.MisdecodedText, "UTF-8 text read as Latin-1")]
    public void A_file_damaged_throughout_names_twenty_lines_then_counts_the_rest(string damage, string code, string rest)
    {
        // Titles and abstracts, not the short record headers.
        var lines = SeedDumps.RawLines(SeedDumps.Feed).Select(text => text.Length > 40 ? text[..5] + damage + text[5..] : text);

        var dump = Snippet.Parse(string.Join('\n', lines));

        var reported = dump.Diagnostics.Where(problem => problem.Code == code).ToList();
        Assert.Equal(21, reported.Count);
        Assert.Matches(@"^\d+ more lines hold " + rest, reported[^1].Message);
        Assert.Equal(50, dump.Records.Length);
        Assert.DoesNotContain(dump.Records, record => record.Title!.Contains(damage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_read(bool bigEndian)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, SeedDumps.Read(SeedDumps.Feed).Path));
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;

        var dump = Snippet.Parse(encoding.GetBytes(text));

        Assert.Equal(DumpShape.PaperFeed, dump.Shape);
        Assert.Equal(SeedDumps.Parse(SeedDumps.Feed).Records.Select(record => record.Title), dump.Records.Select(record => record.Title));
        Assert.Equal(SeedDumps.Parse(SeedDumps.Feed).Diagnostics.Select(problem => problem.Code), dump.Diagnostics.Select(problem => problem.Code));
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, (byte)'a', (byte)'b' })]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' })]
    public void Files_with_a_binary_signature_are_still_refused(byte[] start)
    {
        var dump = Snippet.Parse([.. start, .. Encoding.UTF8.GetBytes("Abstract: some text that looks like a dump.\n")]);

        Assert.Equal("DG0105@0", Snippet.Codes(dump));
    }

    [Fact]
    public void Noise_full_of_control_bytes_is_still_binary()
    {
        var random = new Random(12);
        var noise = new byte[4096];
        random.NextBytes(noise);

        Assert.Equal("DG0105@0", Snippet.Codes(Snippet.Parse(noise)));
    }

    [Fact]
    public void A_build_whose_feed_dump_holds_backspace_escape_and_nul_writes_the_whole_site()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Input))
        {
            File.Copy(seed, input.Combine(Path.GetFileName(seed)));
        }

        var feed = SeedDumps.Read(SeedDumps.Feed).Path;
        var (first, second, third) = (TitleLine(0), TitleLine(1), TitleLine(2));
        var lines = SeedDumps.RawLines(SeedDumps.Feed);
        lines[first - 1] = lines[first - 1].Insert(5, "\b");
        lines[second - 1] = lines[second - 1].Insert(5, "\u001b");
        lines[third] = lines[third].Insert(5, "\0"); // the third record's abstract
        File.WriteAllText(input.Combine(feed), string.Join('\n', lines) + "\n");

        BuildPipeline.Build(new BuildSettings(input.Path, output.Path, SeedDumps.AsOf, RepoPaths.Theme, NodeModulesDirectory: RepoPaths.NodeModules), SilentReporter.Instance);

        new XmlDocument().Load(output.Combine("feed.xml"));
        new XmlDocument().Load(output.Combine("sitemap.xml"));
        Assert.True(File.Exists(output.Combine("search", "manifest.json")));
        using var papers = JsonDocument.Parse(File.ReadAllBytes(output.Combine("data", "papers.json")));
        // Every paper of the feed is on the site (merged titles may come from another dump: compare title keys).
        var titles = papers.RootElement.EnumerateArray().Select(paper => DigestGen.Merge.TitleKey.Of(paper.GetProperty("title").GetString()!)).ToHashSet();
        Assert.All(SeedDumps.Parse(SeedDumps.Feed).Records, record => Assert.Contains(DigestGen.Merge.TitleKey.Of(record.Title!), titles));
        using var problems = JsonDocument.Parse(File.ReadAllBytes(output.Combine("data", "problems.json")));
        Assert.Equal(
            [$"{feed}({first})", $"{feed}({second})", $"{feed}({third + 1})"],
            problems.RootElement.EnumerateArray().Where(problem => problem.GetProperty("code").GetString() == DiagnosticCodes.NotTextCharacters)
                .Select(problem => $"{problem.GetProperty("file").GetString()}({problem.GetProperty("line").GetInt32()})"));
    }
}
