using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Search;

/// <summary>Search stage: a lunr-compatible index of the visible papers.</summary>
public static class BuildSearchIndex
{
    // Placeholder until search lands (issue 5).
    public static void Run(Digest digest, IOutputSink sink)
    {
    }
}
