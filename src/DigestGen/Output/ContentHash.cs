using System.Security.Cryptography;

namespace DigestGen.Output;

/// <summary>
/// The hash that stands for a file's bytes in the cache (<c>pages.json</c>): 128 bits of SHA-256, base64. A page is
/// only left unrendered when the file in the output folder still hashes to what its view last rendered to.
/// </summary>
public static class ContentHash
{
    private const int Bytes = 16;

    public static string Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return Convert.ToBase64String(hash[..Bytes]);
    }

    /// <summary>The hash of what <paramref name="hash"/> has taken in so far (it is reset, ready for the next value).</summary>
    public static string Of(IncrementalHash hash)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToBase64String(digest[..Bytes]);
    }
}
