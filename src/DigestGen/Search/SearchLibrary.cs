using System.Collections.Immutable;
using System.Text.Json;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search.Lunr;

namespace DigestGen.Search;

/// <summary>
/// Puts lunr.js itself on the site (assets/js/lunr.min.js), taken from the npm package scripts/bootstrap.sh
/// installs, so the search page runs lunr's own query engine with no CDN. The version is pinned: an index written
/// for lunr 2.3.9 is only promised to load in lunr 2.3.9.
/// </summary>
public static class SearchLibrary
{
    public const string OutputPath = "assets/js/lunr.min.js";

    public static ImmutableArray<Diagnostic> Add(string nodeModulesDirectory, IOutputSink sink)
    {
        var package = Path.Combine(nodeModulesDirectory, "lunr");
        var library = Path.Combine(package, "lunr.min.js");
        var manifest = Path.Combine(package, "package.json");
        if (!File.Exists(library) || !File.Exists(manifest))
        {
            return [Problem(package, "lunr is not installed, so the search page cannot work", "run scripts/bootstrap.sh to install the npm packages")];
        }

        using var manifestJson = JsonDocument.Parse(File.ReadAllBytes(manifest));
        var version = manifestJson.RootElement.GetProperty("version").GetString();
        if (version != LunrJsonWriter.LunrVersion)
        {
            return [Problem(manifest, $"lunr {version} is installed but the index is written for lunr {LunrJsonWriter.LunrVersion}", "run scripts/bootstrap.sh to install the pinned version")];
        }

        sink.Add(new OutputFile(OutputPath, File.ReadAllBytes(library)));
        return [];
    }

    private static Diagnostic Problem(string file, string message, string hint) =>
        new(Severity.Error, DiagnosticCodes.SearchLibraryMissing, file, 0, message, hint);
}
