using DigestGen.Ingest;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

public sealed class InputReaderTests
{
    [Fact]
    public void Reads_dumps_in_ordinal_order_skipping_hidden_files_and_overrides()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "b");
        folder.Write("A.txt", "a");
        folder.Write(".DS_Store", "junk");
        folder.Write("overrides/pin.md", "---\npin: true\n---\n");

        var dumps = InputReader.ReadDumps(folder.Path);

        Assert.Equal(["A.txt", "b.txt"], dumps.Select(file => file.Path));
        Assert.Equal(["overrides/pin.md"], InputReader.ReadOverrides(folder.Path).Select(file => file.Path));
    }

    [Fact]
    public void Refuses_an_oversized_file_unread_with_a_reason()
    {
        using var folder = new TempFolder();
        using (var stream = File.Create(folder.Combine("huge.txt")))
        {
            stream.SetLength(InputReader.MaxDumpBytes + 1);
        }

        var file = Assert.Single(InputReader.ReadDumps(folder.Path));

        Assert.Null(file.Bytes);
        Assert.Contains("over the 32 MB limit", file.ReadError, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_overrides_folder_means_no_overrides()
    {
        using var folder = new TempFolder();
        Assert.Empty(InputReader.ReadOverrides(folder.Path));
    }
}
