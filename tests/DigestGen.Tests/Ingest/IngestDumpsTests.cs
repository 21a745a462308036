using System.Text;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>Bad input is data: each kind of bad file is reported with a code, a place and a hint, and never throws.</summary>
public sealed class IngestDumpsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n \u00A0\n")]
    public void An_empty_file_is_a_warning_without_records(string content)
    {
        var dump = Snippet.Parse(content);

        Assert.Null(dump.Shape);
        Assert.Empty(dump.Records);
        var problem = Assert.Single(dump.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.EmptyFile, Snippet.FileName, 0), (problem.Severity, problem.Code, problem.File, problem.Line));
        Assert.NotNull(problem.Hint);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        // The first bytes of a PNG image, then noise.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, .. Enumerable.Range(0, 500).Select(i => (byte)(i * 37))];

        var dump = Snippet.Parse(png);

        Assert.Null(dump.Shape);
        Assert.Equal("DG0105@0", Snippet.Codes(dump));
        Assert.Equal(Severity.Error, dump.Diagnostics[0].Severity);
    }

    [Theory]
    [InlineData("title,authors,year\nAdam,Kingma,2014\nBERT,Devlin,2018\n")]
    [InlineData("{\"papers\": [{\"title\": \"Adam\"}]}")]
    [InlineData("Dear editor,\nplease find attached the list.\nThanks!\n")]
    public void A_file_of_no_known_shape_is_reported(string content)
    {
        var dump = Snippet.Parse(content);

        Assert.Null(dump.Shape);
        Assert.Empty(dump.Records);
        Assert.Equal("DG0103@0", Snippet.Codes(dump));
        Assert.Contains("Input shapes", dump.Diagnostics[0].Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, SeedDumps.Read(SeedDumps.Abstracts).Path));
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var dump = Snippet.Parse(bytes);

        Assert.Equal(DumpShape.AbstractListing, dump.Shape);
        Assert.Equal(SeedDumps.Parse(SeedDumps.Abstracts).Records.Select(record => record.Abstract), dump.Records.Select(record => record.Abstract));
    }

    [Fact]
    public void Latin1_text_is_read_with_a_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("Abstract:Caf\u00E9 na\u00EFve models for Gr\u00F6bner bases.\n");

        var dump = Snippet.Parse(bytes);

        Assert.Equal("Café naïve models for Gröbner bases.", Assert.Single(dump.Records).Abstract);
        Assert.Equal("DG0110@0", Snippet.Codes(dump));
    }

    [Fact]
    public void An_over_size_file_is_reported_with_what_to_do()
    {
        using var folder = new TempFolder();
        using (var stream = File.Create(folder.Combine("huge.txt")))
        {
            stream.SetLength(InputReader.MaxDumpBytes + (18L * 1024 * 1024));
        }

        var dump = IngestDumps.Parse(Assert.Single(InputReader.ReadDumps(folder.Path)), SeedDumps.AsOf);

        var problem = Assert.Single(dump.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileTooLarge, "huge.txt", Severity.Error), (problem.Code, problem.File, problem.Severity));
        Assert.Contains("50 MB", problem.Message, StringComparison.Ordinal);
        Assert.Contains("split it", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_reported_with_the_reason()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.Combine("gone.txt"), folder.Combine("no-such-target.txt"));

        var dump = IngestDumps.Parse(Assert.Single(InputReader.ReadDumps(folder.Path)), SeedDumps.AsOf);

        var problem = Assert.Single(dump.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileUnreadable, "gone.txt", 0), (problem.Code, problem.File, problem.Line));
        Assert.StartsWith("file could not be read: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_beside_the_seeds_lose_none_of_the_seeds_records()
    {
        using var folder = new TempFolder();
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Input))
        {
            File.Copy(seed, folder.Combine(Path.GetFileName(seed)));
        }

        folder.Write("empty.txt", "");
        folder.Write("notes.txt", "Dear editor,\nplease find attached the list.\n");
        File.WriteAllBytes(folder.Combine("image.png"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        File.CreateSymbolicLink(folder.Combine("broken.txt"), folder.Combine("missing.txt"));

        var dumps = InputReader.ReadDumps(folder.Path).Select(file => IngestDumps.Parse(file, SeedDumps.AsOf)).ToList();

        Assert.Equal([15, 7, 231, 10, 50], dumps.Where(dump => dump.File.StartsWith('0')).Select(dump => dump.Records.Length));
        Assert.Equal(
            ["broken.txt: DG0101", "empty.txt: DG0104", "image.png: DG0105", "notes.txt: DG0103"],
            dumps.SelectMany(dump => dump.Diagnostics).Select(problem => $"{problem.File}: {problem.Code}"));
    }

    [Fact]
    public void Shapes_come_from_content_not_file_names()
    {
        var feed = SeedDumps.Read(SeedDumps.Feed);
        var profile = SeedDumps.Read(SeedDumps.Profile);

        Assert.Equal(DumpShape.PaperFeed, IngestDumps.Parse(feed with { Path = "000_profile.txt" }, SeedDumps.AsOf).Shape);
        Assert.Equal(DumpShape.ProfilePage, IngestDumps.Parse(profile with { Path = "abstracts.txt" }, SeedDumps.AsOf).Shape);
    }
}
