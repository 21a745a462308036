using System.Net;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// A site folder with everything the search page needs: the search stage's files, lunr.min.js from npm, the page
/// scripts, the page shell (Fixtures/Search/search-page.html, the contract theme/templates/search.sbn fulfils)
/// and a stand-in page for each paper given in <paramref name="paperPages"/>.
/// </summary>
public static class SearchSite
{
    public static void Write(Digest digest, string folder, params string[] paperPages)
    {
        var sink = new MemoryOutputSink();
        BuildSearchIndex.Run(digest, sink);
        foreach (var file in sink.Files.Values)
        {
            WriteFile(folder, file.Path, file.Content);
        }

        WritePage(folder);
        foreach (var paper in digest.Papers.Where(paper => paperPages.Contains(paper.Id)))
        {
            var page = $"<!doctype html><title>{WebUtility.HtmlEncode(paper.Title)}</title><h1>{WebUtility.HtmlEncode(paper.Title)}</h1>";
            WriteFile(folder, $"papers/{paper.Id}/index.html", System.Text.Encoding.UTF8.GetBytes(page));
        }
    }

    /// <summary>lunr.min.js, the page scripts and the page shell, beside the search stage's files already in <paramref name="folder"/>.</summary>
    public static void WritePage(string folder)
    {
        var library = new MemoryOutputSink();
        var problems = SearchLibrary.Add(RepoPaths.NodeModules, library);
        if (!problems.IsEmpty)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        foreach (var file in library.Files.Values)
        {
            WriteFile(folder, file.Path, file.Content);
        }

        foreach (var script in new[] { "search.js", "search-index.js" })
        {
            WriteFile(folder, "assets/js/" + script, File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "js", script)));
        }

        var shell = Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Fixtures", "Search", "search-page.html");
        WriteFile(folder, "search/index.html", File.ReadAllBytes(shell));
    }

    private static void WriteFile(string folder, string path, byte[] content)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }
}
