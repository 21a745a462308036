namespace DigestGen.Output;

/// <summary>Where stages hand finished files. Thread-safe, so rendering can run in parallel.</summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
