namespace DigestGen.Tests.Support;

/// <summary>
/// A measurement on the full corpus in ../shared/corpus: too slow for the default run, so it runs only when
/// DIGESTGEN_MEASURE=1 is set, and is skipped with a message saying so (or saying that the corpus is missing).
/// </summary>
public sealed class MeasurementFactAttribute : FactAttribute
{
    public const string Switch = "DIGESTGEN_MEASURE";

    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"a corpus measurement: set {Switch}=1 to run it";
        }
        else if (!Directory.Exists(RepoPaths.Corpus))
        {
            Skip = $"needs the corpus in {RepoPaths.Corpus}";
        }
    }
}
