using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Output;
using DigestGen.Render.Views;
using Scriban;

namespace DigestGen.Render;

/// <summary>
/// What a page's bytes are a function of, hashed: the code that renders (this assembly and Scriban), every template of
/// the theme, the site view and the page's meta and view model. Two renders with one fingerprint give the same bytes,
/// so a page whose fingerprint matches last night's need not be rendered again. The build date is left out — it
/// changes every night and most pages never show it — and checked separately for the pages that read it
/// (<see cref="RenderedPage.Date"/>).
/// </summary>
internal sealed partial class PageFingerprints
{
    [ThreadStatic]
    private static IncrementalHash? pageHash;

    private readonly byte[] shared;

    private PageFingerprints(byte[] shared) => this.shared = shared;

    /// <summary>What every page's fingerprint starts with: the code, the templates and the site view.</summary>
    public ReadOnlySpan<byte> Shared => shared;

    public static PageFingerprints Create(string templatesDirectory, SiteView site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var code in new[] { typeof(PageFingerprints).Assembly, typeof(Template).Assembly })
        {
            hash.AppendData(code.ManifestModule.ModuleVersionId.ToByteArray());
        }

        if (Directory.Exists(templatesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(templatesDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(templatesDirectory, file) + "\0"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site with { AsOfIso = string.Empty }, ViewJson.Default.SiteView));
        return new PageFingerprints(hash.GetHashAndReset());
    }

    /// <summary>The fingerprint of one page: <paramref name="template"/> drawing <paramref name="view"/> (by its runtime type) under <paramref name="meta"/>.</summary>
    public string Of(string template, object view, PageMeta meta)
    {
        // One hash per rendering thread, reused page after page, as the JSON buffer is (ReusedJson).
        var hash = pageHash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(shared);
        hash.AppendData(Encoding.UTF8.GetBytes(template + "\0"));
        hash.AppendData(ReusedJson.Of(meta, typeof(PageMeta), ViewJson.Default));
        hash.AppendData(ReusedJson.Of(view, view.GetType(), ViewJson.Default));
        return ContentHash.Of(hash);
    }

    /// <summary>
    /// Every view a page is drawn from, serialised by code compiled ahead with the CLI: by reflection, each build
    /// JIT-compiled a getter per view property and a converter per property type before its first page.
    /// </summary>
    [JsonSerializable(typeof(SiteView))]
    [JsonSerializable(typeof(PageMeta))]
    [JsonSerializable(typeof(HomeView))]
    [JsonSerializable(typeof(PaperPageView))]
    [JsonSerializable(typeof(AuthorPageView))]
    [JsonSerializable(typeof(TopicPageView))]
    [JsonSerializable(typeof(TopicsIndexView))]
    [JsonSerializable(typeof(DayPageView))]
    [JsonSerializable(typeof(ArchiveView))]
    [JsonSerializable(typeof(PapersIndexView))]
    [JsonSerializable(typeof(AuthorsIndexView))]
    [JsonSerializable(typeof(RankingView))]
    [JsonSerializable(typeof(SearchView))]
    internal sealed partial class ViewJson : JsonSerializerContext;
}
