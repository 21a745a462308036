using DigestGen.Ingest;

namespace DigestGen.Curate;

/// <summary>Curate stage: applies editors' override files from input/overrides/.</summary>
public static class ApplyOverrides
{
    // Placeholder until curation lands (issue 6).
    public static CurateResult Run(Model.Digest digest, IReadOnlyList<InputFile> overrideFiles) => new(digest, []);
}
