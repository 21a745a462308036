using DigestGen.Model;

namespace DigestGen.Pipeline;

/// <summary>Where the pipeline tells a person what it is doing. The console reporter is one; tests use a silent one.</summary>
public interface IBuildReporter
{
    void StageFinished(StageTiming timing, string summary);
    void Problem(Diagnostic diagnostic);
    void Note(string message);
}

public sealed class SilentReporter : IBuildReporter
{
    public static readonly SilentReporter Instance = new();

    public void StageFinished(StageTiming timing, string summary)
    {
    }

    public void Problem(Diagnostic diagnostic)
    {
    }

    public void Note(string message)
    {
    }
}
