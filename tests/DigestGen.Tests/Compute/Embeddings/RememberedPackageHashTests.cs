using DigestGen.Compute.Embeddings;

namespace DigestGen.Tests.Compute.Embeddings;

public sealed class RememberedPackageHashTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("package-hash-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_package_whose_files_keep_their_stamps_is_not_hashed_again()
    {
        var files = Package(("weights.bin", "first weights"), ("model.json", "{}"));
        var memo = Path.Combine(folder, "memo");
        var hashed = RememberedPackageHash.Of("model@1.0.0", files, memo);
        // A hash no file gives, so reading it back shows the memo was used rather than the files hashed.
        var planted = new string('a', 64);
        var lines = File.ReadAllLines(Path.Combine(memo, RememberedPackageHash.FileName));
        File.WriteAllLines(Path.Combine(memo, RememberedPackageHash.FileName), [planted, .. lines.Skip(1)]);

        Assert.Equal(RememberedPackageHash.Of("model@1.0.0", files, folder: null), hashed);
        Assert.Equal(planted, RememberedPackageHash.Of("model@1.0.0", files, memo));
    }

    [Fact]
    public void A_file_whose_stamp_moved_another_version_or_a_file_gone_is_hashed_again()
    {
        var files = Package(("weights.bin", "first weights"), ("model.json", "{}"));
        var memo = Path.Combine(folder, "memo");
        var first = RememberedPackageHash.Of("model@1.0.0", files, memo);

        // Same size, new bytes, a write time of its own: the hash follows the bytes.
        File.WriteAllText(files[0], "other weights");
        File.SetLastWriteTimeUtc(files[0], File.GetLastWriteTimeUtc(files[0]).AddMinutes(1));
        var changed = RememberedPackageHash.Of("model@1.0.0", files, memo);

        Assert.NotEqual(first, changed);
        Assert.Equal(RememberedPackageHash.Of("model@1.0.0", files, folder: null), changed);
        Assert.Equal(changed, RememberedPackageHash.Of("model@1.0.0", files, memo));

        File.WriteAllLines(Path.Combine(memo, RememberedPackageHash.FileName), [new string('a', 64), .. File.ReadAllLines(Path.Combine(memo, RememberedPackageHash.FileName)).Skip(1)]);
        Assert.Equal(changed, RememberedPackageHash.Of("model@1.0.1", files, memo));
        Assert.Equal(RememberedPackageHash.Of("model@1.0.0", files[..1], folder: null), RememberedPackageHash.Of("model@1.0.0", files[..1], memo));
    }

    [Fact]
    public void An_unreadable_memo_is_hashed_again()
    {
        var files = Package(("weights.bin", "first weights"));
        var memo = Path.Combine(folder, "memo");
        Directory.CreateDirectory(memo);
        File.WriteAllText(Path.Combine(memo, RememberedPackageHash.FileName), "not a memo");

        Assert.Equal(RememberedPackageHash.Of("model@1.0.0", files, folder: null), RememberedPackageHash.Of("model@1.0.0", files, memo));
    }

    private string[] Package(params (string Name, string Text)[] files)
    {
        var package = Directory.CreateDirectory(Path.Combine(folder, "package")).FullName;
        return [.. files.Select(file =>
        {
            var path = Path.Combine(package, file.Name);
            File.WriteAllText(path, file.Text);
            return path;
        })];
    }
}
