using System.Security.Cryptography;
using System.Text;
using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using DigestGen.Output;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Pipeline;

/// <summary>
/// The whole seed site as the real pipeline builds it, against the reviewed snapshot in tests/DigestGen.Tests/Snapshots/seed-site:
/// files.txt lists every file with its size and SHA-256, and pages/ holds the normalised markup of a few pages of each kind,
/// so a change to any stage shows up as a diff. When the change is intended, run this test with
/// DIGESTGEN_ACCEPT_SNAPSHOT=1 (or DIGESTGEN_APPROVE=1), which rewrites the snapshot, and review it in git.
/// </summary>
public sealed class SeedSiteSnapshotTests
{
    private const string AcceptVariable = "DIGESTGEN_ACCEPT_SNAPSHOT";
    private const string ManifestName = "files.txt";

    /// <summary>Pages every site has once; each kind folder adds its first and last page in ordinal order.</summary>
    private static readonly string[] SinglePages =
    [
        "index.html", "404.html", "search/index.html", "about/ranking/index.html", "days/index.html",
        "authors/index.html", "topics/index.html", "feed.xml", "sitemap.xml", "robots.txt",
    ];

    private static readonly string[] PageKinds = ["papers", "authors", "topics", "days"];

    private static string SnapshotFolder => Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Snapshots", "seed-site");

    [Fact]
    public void Seed_site_matches_its_reviewed_snapshot()
    {
        var actual = Snapshot(SeedSite.Files);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1" || Environment.GetEnvironmentVariable("DIGESTGEN_APPROVE") == "1")
        {
            Accept(actual);
            return;
        }

        var expected = Directory.Exists(SnapshotFolder)
            ? Directory.EnumerateFiles(SnapshotFolder, "*", SearchOption.AllDirectories)
                .ToDictionary(path => Path.GetRelativePath(SnapshotFolder, path).Replace('\\', '/'), path => File.ReadAllText(path).ReplaceLineEndings("\n"), StringComparer.Ordinal)
            : [];
        var problems = new List<string>();
        foreach (var (name, text) in actual.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (!expected.TryGetValue(name, out var want))
            {
                problems.Add($"{name}: not in the snapshot");
            }
            else if (want != text)
            {
                problems.Add(name == ManifestName ? ManifestDiff(want, text) : $"{name} differs:\n{LinesDiff(want, text)}");
            }
        }

        problems.AddRange(expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal).Select(name => $"{name}: in the snapshot but no longer built"));
        Assert.True(problems.Count == 0,
            $"The seed site differs from tests/DigestGen.Tests/Snapshots/seed-site. If the change is intended, rerun with {AcceptVariable}=1 and review the diff in git.\n\n"
            + string.Join("\n\n", problems));
    }

    [Fact]
    public void Snapshot_names_every_file_and_a_page_of_each_kind()
    {
        var snapshot = Snapshot(SeedSite.Files);
        var manifest = snapshot[ManifestName].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(SeedSite.Files.Files.Count, manifest.Length);
        Assert.All(PageKinds, kind => Assert.Equal(2, snapshot.Keys.Count(name => name.StartsWith($"pages/{kind}/", StringComparison.Ordinal) && name != $"pages/{kind}/index.html")));
        Assert.All(SinglePages, page => Assert.Contains("pages/" + page, snapshot.Keys));
        // Normalised: one element per line, indented, so a diff points at the element that changed.
        Assert.Contains("\n  <head>\n", snapshot["pages/index.html"], StringComparison.Ordinal);
    }

    /// <summary>The snapshot's files by name: the manifest and the normalised pages.</summary>
    private static Dictionary<string, string> Snapshot(MemoryOutputSink site)
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal) { [ManifestName] = Manifest(site) };
        foreach (var page in Pages(site.Files.Keys))
        {
            snapshot["pages/" + page] = Normalise(page, site.ReadText(page));
        }

        return snapshot;
    }

    private static string Manifest(MemoryOutputSink site)
    {
        var text = new StringBuilder();
        foreach (var file in site.Files.Values.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            text.Append(file.Path).Append(' ').Append(file.Content.Length).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(file.Content))).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Pages(IEnumerable<string> paths)
    {
        var all = paths.Order(StringComparer.Ordinal).ToList();
        var perKind = PageKinds.SelectMany(kind =>
        {
            var pages = all.Where(path => path.StartsWith(kind + "/", StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal) && path != kind + "/index.html").ToList();
            return pages.Count == 0 ? [] : new[] { pages[0], pages[^1] }.Distinct();
        });
        return SinglePages.Where(all.Contains).Concat(perKind);
    }

    /// <summary>HTML re-serialised by AngleSharp, one element per line; XML and text are kept as written.</summary>
    private static string Normalise(string path, string text)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return text.ReplaceLineEndings("\n");
        }

        var document = new HtmlParser().ParseDocument(text);
        return document.ToHtml(new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" }) + "\n";
    }

    private static void Accept(Dictionary<string, string> snapshot)
    {
        if (Directory.Exists(SnapshotFolder))
        {
            Directory.Delete(SnapshotFolder, recursive: true);
        }

        foreach (var (name, text) in snapshot)
        {
            var path = Path.Combine(SnapshotFolder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>Which files appeared, disappeared or changed, with their sizes.</summary>
    private static string ManifestDiff(string expected, string actual)
    {
        static Dictionary<string, string> Entries(string manifest) =>
            manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).ToDictionary(parts => parts[0], parts => parts[1] + " bytes, sha256 " + parts[2][..12], StringComparer.Ordinal);

        var want = Entries(expected);
        var got = Entries(actual);
        var lines = want.Keys.Union(got.Keys).Order(StringComparer.Ordinal).Select(path => (want.GetValueOrDefault(path), got.GetValueOrDefault(path)) switch
        {
            (null, var added) => $"+ {path} ({added})",
            (var removed, null) => $"- {path} ({removed})",
            (var before, var after) when before != after => $"~ {path} ({before} → {after})",
            _ => null,
        }).OfType<string>().ToList();
        return $"{ManifestName}: {lines.Count} files differ\n" + string.Join("\n", lines.Take(60)) + (lines.Count > 60 ? $"\n… and {lines.Count - 60} more" : string.Empty);
    }

    /// <summary>The changed stretch between the common first and last lines, with two lines of context.</summary>
    private static string LinesDiff(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var head = 0;
        while (head < want.Length && head < got.Length && want[head] == got[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < want.Length - head && tail < got.Length - head && want[^(tail + 1)] == got[^(tail + 1)])
        {
            tail++;
        }

        var text = new StringBuilder();
        for (var i = Math.Max(0, head - 2); i < head; i++)
        {
            text.Append($"  {i + 1}: {want[i]}\n");
        }

        Stretch(text, '-', want, head, want.Length - tail);
        Stretch(text, '+', got, head, got.Length - tail);
        return text.ToString();
    }

    private static void Stretch(StringBuilder text, char sign, string[] lines, int from, int to)
    {
        const int Shown = 20;
        for (var i = from; i < Math.Min(to, from + Shown); i++)
        {
            text.Append($"{sign} {i + 1}: {lines[i]}\n");
        }

        if (to - from > Shown)
        {
            text.Append($"{sign} … {to - from - Shown} more lines\n");
        }
    }
}
