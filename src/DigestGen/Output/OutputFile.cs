namespace DigestGen.Output;

/// <summary>One file of the built site: a path relative to the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string content) => new(path, System.Text.Encoding.UTF8.GetBytes(content));
}
