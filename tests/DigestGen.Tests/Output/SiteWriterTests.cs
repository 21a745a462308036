using DigestGen.Output;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Output;

public sealed class SiteWriterTests
{
    [Fact]
    public void Writes_new_files_and_leaves_identical_ones_alone()
    {
        using var folder = new TempFolder();
        using var first = new SiteWriter(folder.Path, []);
        first.Add(OutputFile.Text("index.html", "<p>one</p>"));
        first.Add(OutputFile.Text("papers/a/index.html", "<p>a</p>"));
        Assert.Equal(new WriteSummary(2, 0, 0), first.Finish());

        var stamp = File.GetLastWriteTimeUtc(folder.Combine("index.html"));
        using var second = new SiteWriter(folder.Path, []);
        second.Add(OutputFile.Text("index.html", "<p>one</p>"));
        second.Add(OutputFile.Text("papers/a/index.html", "<p>changed</p>"));

        Assert.Equal(new WriteSummary(1, 1, 0), second.Finish());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(folder.Combine("index.html")));
        Assert.Equal("<p>changed</p>", File.ReadAllText(folder.Combine("papers/a/index.html")));
    }

    [Fact]
    public void Tells_a_change_deep_inside_a_large_file_of_the_same_length()
    {
        using var folder = new TempFolder();
        var page = new string('x', 300_000);
        var changed = page[..250_000] + "y" + page[250_001..];
        using var first = new SiteWriter(folder.Path, []);
        first.Add(OutputFile.Text("big.html", page));
        first.Finish();

        using var same = new SiteWriter(folder.Path, []);
        same.Add(OutputFile.Text("big.html", page));
        Assert.Equal(new WriteSummary(0, 1, 0), same.Finish());

        using var other = new SiteWriter(folder.Path, []);
        other.Add(OutputFile.Text("big.html", changed));
        Assert.Equal(new WriteSummary(1, 0, 0), other.Finish());
        Assert.Equal(changed, File.ReadAllText(folder.Combine("big.html")));
    }

    [Fact]
    public void Streamed_files_follow_the_same_write_if_changed_rule_and_leave_nothing_behind()
    {
        using var folder = new TempFolder();
        var json = "[" + string.Join(',', Enumerable.Range(0, 50_000)) + "]";
        static Action<Stream> Writing(string text) => stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text));

        using var first = new SiteWriter(folder.Path, []);
        first.AddStreamed("data/papers.json", Writing(json));
        Assert.Equal(new WriteSummary(1, 0, 0), first.Finish());
        var stamp = File.GetLastWriteTimeUtc(folder.Combine("data/papers.json"));

        using var same = new SiteWriter(folder.Path, []);
        same.AddStreamed("data/papers.json", Writing(json));
        Assert.Equal(new WriteSummary(0, 1, 0), same.Finish());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(folder.Combine("data/papers.json")));

        using var changed = new SiteWriter(folder.Path, []);
        changed.AddStreamed("data/papers.json", Writing(json.Replace("49999", "49998", StringComparison.Ordinal)));
        Assert.Equal(new WriteSummary(1, 0, 0), changed.Finish());
        Assert.EndsWith("49998]", File.ReadAllText(folder.Combine("data/papers.json")), StringComparison.Ordinal);
        Assert.Equal(["papers.json"], Directory.EnumerateFiles(folder.Combine("data")).Select(Path.GetFileName));
    }

    [Fact]
    public void Removes_stale_files_and_empty_folders_but_keeps_caches()
    {
        using var folder = new TempFolder();
        folder.Write("papers/gone/index.html", "old");
        folder.Write(".cache/embeddings.bin", "vectors");

        using var writer = new SiteWriter(folder.Path, [".cache"]);
        writer.Add(OutputFile.Text("index.html", "new"));
        var summary = writer.Finish();

        Assert.Equal(1, summary.Removed);
        Assert.False(Directory.Exists(folder.Combine("papers")));
        Assert.True(File.Exists(folder.Combine(".cache", "embeddings.bin")));
    }

    [Fact]
    public void Stale_files_go_deep_down_with_the_folders_they_leave_empty_and_an_empty_folder_goes_too_but_a_link_is_not_followed()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        folder.Write("papers/a/index.html", "kept");
        folder.Write("papers/b/figures/one.png", "stale");
        folder.Write("papers/b/index.html", "stale");
        Directory.CreateDirectory(folder.Combine("empty", "inside"));
        elsewhere.Write("keep.txt", "not the site's");
        Directory.CreateSymbolicLink(folder.Combine("linked"), elsewhere.Path);

        using var writer = new SiteWriter(folder.Path, [".cache"]);
        writer.Add(OutputFile.Text("papers/a/index.html", "kept"));
        var summary = writer.Finish();

        Assert.Equal(3, summary.Removed);
        Assert.Equal(["papers/a/index.html"], Files(folder.Path));
        Assert.Equal(["papers"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(elsewhere.Path, "keep.txt")));
    }

    [Fact]
    public void A_large_folder_walked_in_parallel_loses_exactly_its_stale_files_and_the_folders_they_leave_empty()
    {
        using var folder = new TempFolder();
        for (var paper = 0; paper < 100; paper++)
        {
            folder.Write($"papers/p{paper}/index.html", "page");
            if (paper % 2 == 1)
            {
                folder.Write($"papers/p{paper}/figures/one.png", "stale");
            }
        }

        folder.Write("papers/.cache/kept.bin", "cache");
        using var writer = new SiteWriter(folder.Path, ["papers/.cache"]);
        for (var paper = 0; paper < 100; paper += 3)
        {
            writer.Add(OutputFile.Text($"papers/p{paper}/index.html", "page"));
        }

        var summary = writer.Finish();

        var kept = Enumerable.Range(0, 100).Where(paper => paper % 3 == 0).ToList();
        Assert.Equal((100 - kept.Count) + 50, summary.Removed);
        Assert.Equal([.. kept.Select(paper => $"papers/p{paper}/index.html").Append("papers/.cache/kept.bin").Order(StringComparer.Ordinal)], Files(folder.Path));
        Assert.Equal(kept.Count + 1, Directory.GetDirectories(folder.Combine("papers")).Length);
    }

    [Fact]
    public void Refuses_paths_that_escape_the_output_folder_and_duplicate_paths()
    {
        using var folder = new TempFolder();
        using var writer = new SiteWriter(folder.Path, []);

        Assert.Throws<InvalidOperationException>(() => writer.Add(OutputFile.Text("../outside.html", "x")));
        writer.Add(OutputFile.Text("a.html", "x"));
        Assert.Throws<InvalidOperationException>(() => writer.Add(OutputFile.Text("a.html", "y")));
    }

    [Fact]
    public void A_writer_disposed_without_finish_leaves_the_site_as_it_was_and_no_staging_behind()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        using (var first = new SiteWriter(site, []))
        {
            first.Add(OutputFile.Text("index.html", "<p>one</p>"));
            first.Add(OutputFile.Text("papers/a/index.html", "<p>a</p>"));
            first.Finish();
        }

        using (var failed = new SiteWriter(site, []))
        {
            failed.Add(OutputFile.Text("index.html", "<p>broken</p>"));
            failed.AddStreamed("data/papers.json", stream => stream.Write("[]"u8));

            // Before Finish nothing reaches the site: a reader of the site sees the previous build whole.
            Assert.Equal("<p>one</p>", File.ReadAllText(Path.Combine(site, "index.html")));
        }

        Assert.Equal(["index.html", "papers/a/index.html"], Files(site));
        Assert.Equal("<p>one</p>", File.ReadAllText(Path.Combine(site, "index.html")));
        // The staging folder of a failed build is removed; the record of what the last build published stays.
        Assert.Equal(["published"], Directory.EnumerateFileSystemEntries(WorkFolder.For(site)).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_that_died_while_publishing_is_finished_by_the_next_writer_and_one_that_died_before_is_discarded()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        work.Write("site/index.html", "old");
        var staging = Path.Combine(WorkFolder.For(site), "staging");
        work.Write(Path.Combine(staging, "index.html"), "new");
        work.Write(Path.Combine(staging, "papers/b/index.html"), "b");
        File.WriteAllBytes(Path.Combine(WorkFolder.For(site), "staging-complete"), []);

        using (var next = new SiteWriter(site, []))
        {
            Assert.Contains("finished publishing", next.Recovery, StringComparison.Ordinal);
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(site, "papers/b/index.html")));

        work.Write(Path.Combine(staging, "index.html"), "half-built");
        using (var after = new SiteWriter(site, []))
        {
            Assert.Contains("discarded", after.Recovery, StringComparison.Ordinal);
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_folder_new_to_the_site_is_moved_in_whole_and_a_folder_it_has_is_merged_file_by_file()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        work.Write("site/papers/old/index.html", "old");
        work.Write("site/papers/kept/index.html", "kept");
        var staging = Path.Combine(WorkFolder.For(site), "staging");

        using var writer = new SiteWriter(site, []);
        writer.Add(OutputFile.Text("authors/a/index.html", "a"));
        writer.Add(OutputFile.Text("authors/b/index.html", "b"));
        writer.Add(OutputFile.Text("papers/new/index.html", "new"));
        writer.Add(OutputFile.Text("papers/kept/index.html", "kept"));
        var stagedAuthors = Inode(Path.Combine(staging, "authors"));
        var stagedNewPaper = Inode(Path.Combine(staging, "papers", "new"));
        var sitePapers = Inode(Path.Combine(site, "papers"));

        Assert.Equal(new WriteSummary(3, 1, 1), writer.Finish());

        // One rename per new folder: the published folder is the staged one, not a copy made file by file.
        Assert.Equal(stagedAuthors, Inode(Path.Combine(site, "authors")));
        Assert.Equal(stagedNewPaper, Inode(Path.Combine(site, "papers", "new")));
        Assert.Equal(sitePapers, Inode(Path.Combine(site, "papers")));
        Assert.Equal(["authors/a/index.html", "authors/b/index.html", "papers/kept/index.html", "papers/new/index.html"], Files(site));
        Assert.Equal(["published"], Directory.EnumerateFileSystemEntries(WorkFolder.For(site)).Select(Path.GetFileName));
    }

    [Fact]
    public void A_cache_anywhere_inside_the_output_folder_is_neither_cleaned_nor_written()
    {
        using var folder = new TempFolder();
        folder.Write("state/embeddings/vectors.bin", "vectors");
        folder.Write("papers/gone/index.html", "old");

        using var writer = new SiteWriter(folder.Path, [".cache", "state/embeddings"]);
        Assert.Throws<InvalidOperationException>(() => writer.Add(OutputFile.Text("state/embeddings/index.html", "x")));
        writer.Add(OutputFile.Text("index.html", "new"));
        var summary = writer.Finish();

        Assert.Equal(1, summary.Removed);
        Assert.Equal("vectors", File.ReadAllText(folder.Combine("state", "embeddings", "vectors.bin")));
    }

    [Fact]
    public void A_file_the_last_build_published_and_this_one_does_not_goes_with_its_emptied_folders_and_a_file_put_there_by_hand_stays()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        Publish(site, "index.html", "papers/a/index.html", "papers/b/index.html", "papers/b/figures/one.png");
        work.Write("site/papers/b/notes.txt", "put there by hand");
        work.Write("site/by-hand/page.html", "put there by hand");

        Assert.Equal(2, Publish(site, "index.html", "papers/a/index.html").Removed);

        Assert.Equal(["by-hand/page.html", "index.html", "papers/a/index.html", "papers/b/notes.txt"], Files(site));
        Assert.False(Directory.Exists(Path.Combine(site, "papers", "b", "figures")));
        Assert.Equal(1, Publish(site, "index.html").Removed);
        Assert.Equal(["by-hand/page.html", "index.html", "papers/b/notes.txt"], Files(site));
    }

    [Fact]
    public void A_record_of_another_folder_is_no_record_and_the_site_is_walked()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        Publish(site, "index.html", "papers/a/index.html");
        // The site replaced by a copy that holds a file no build into it published: the record does not describe it.
        Directory.Move(site, work.Combine("old-site"));
        work.Write("site/index.html", "copied");
        work.Write("site/papers/c/index.html", "copied");

        Assert.Equal(1, Publish(site, "index.html").Removed);
        Assert.Equal(["index.html"], Files(site));
    }

    [Fact]
    public void A_record_naming_a_file_outside_the_output_folder_is_no_record_and_that_file_stays()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        Publish(site, "index.html", "papers/a/index.html");
        work.Write("outside.txt", "not the site's");
        new PublishedRecord(Path.Combine(WorkFolder.For(site), "published"), site).Write(["index.html", "papers/a/index.html", "../outside.txt", work.Combine("outside.txt")]);

        Assert.Equal(1, Publish(site, "index.html").Removed);
        Assert.Equal(["index.html"], Files(site));
        Assert.True(File.Exists(work.Combine("outside.txt")));
    }

    [Fact]
    public void A_build_that_died_between_its_record_and_the_moves_is_finished_stale_files_and_all()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        Publish(site, "index.html", "papers/a/index.html", "papers/b/index.html");
        // What Finish leaves when the process dies right after writing its record and marker: nothing moved yet.
        var folder = WorkFolder.For(site);
        work.Write(Path.Combine(folder, "staging", "papers", "c", "index.html"), "c");
        new PublishedRecord(Path.Combine(folder, "publishing"), site).Write(["index.html", "papers/a/index.html", "papers/c/index.html"]);
        File.WriteAllBytes(Path.Combine(folder, "staging-complete"), []);

        using (var next = new SiteWriter(site, []))
        {
            Assert.Contains("finished publishing", next.Recovery, StringComparison.Ordinal);
        }

        Assert.Equal(["index.html", "papers/a/index.html", "papers/c/index.html"], Files(site));
        Assert.Equal(["published"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal(2, Publish(site, "index.html").Removed);
        Assert.Equal(["index.html"], Files(site));
    }

    /// <summary>A build that publishes the given files, each holding its own path.</summary>
    private static WriteSummary Publish(string site, params string[] files)
    {
        using var writer = new SiteWriter(site, []);
        foreach (var file in files)
        {
            writer.Add(OutputFile.Text(file, file));
        }

        return writer.Finish();
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The folder's inode number (coreutils stat): a renamed folder keeps it, a folder made anew gets another.</summary>
    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
