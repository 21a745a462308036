namespace DigestGen.Tests.Support;

/// <summary>
/// A test that needs far more real records than the committed sample holds: it runs only in the extended run
/// (DIGESTGEN_FULL_CORPUS=1, reading ../shared/corpus) and is reported as skipped, saying how to run it, otherwise.
/// </summary>
public sealed class FullCorpusFactAttribute : FactAttribute
{
    public FullCorpusFactAttribute()
    {
        if (!RepoPaths.FullCorpusRequested)
        {
            Skip = $"needs the full corpus: run with {RepoPaths.FullCorpusVariable}=1 and ../shared/corpus beside the checkout";
        }
    }
}
