using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Render;

/// <summary>Render stage: every page, feed and picture of the site, handed to the sink.</summary>
public static class RenderSite
{
    // Placeholder until the website lands (issue 3).
    public static void Run(Digest digest, RenderSettings settings, IOutputSink sink)
    {
    }
}
