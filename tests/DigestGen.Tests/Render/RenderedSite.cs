using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Render;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>Renders a digest with the repository's theme into memory; shared by the render tests.</summary>
internal static class RenderedSite
{
    private static readonly Lazy<(MemoryOutputSink Sink, RenderResult Result)> Corpus = new(() => Render(CorpusDigest.Build()));

    /// <summary>The corpus digest rendered at the site root with KaTeX; rendered once per test run.</summary>
    public static MemoryOutputSink CorpusSite => Corpus.Value.Sink;

    public static RenderResult CorpusResult => Corpus.Value.Result;

    public static (MemoryOutputSink Sink, RenderResult Result) Render(Digest digest, string baseUrl = "/", bool withNode = true, MathOutput math = MathOutput.MathML, ScaleLimits? scale = null)
    {
        var sink = new MemoryOutputSink();
        var settings = new RenderSettings(RepoPaths.Theme, baseUrl, withNode ? RepoPaths.NodeModules : null, null, "DigestGen", Math: math) { Scale = scale ?? new ScaleLimits() };
        var result = RenderSite.Run(digest, settings, sink);
        return (sink, result);
    }
}
