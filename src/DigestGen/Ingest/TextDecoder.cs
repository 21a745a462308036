using System.Text;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Turns a dump's bytes into text: UTF-8 with or without a byte-order mark, UTF-16 with a mark or told by its
/// pattern of zero bytes, and Latin-1 (with a warning) for the odd file saved in a legacy encoding. UTF-8 with a
/// few broken sequences stays UTF-8 (each becomes U+FFFD, and ingest names its line). Only a file that is binary
/// throughout is refused: a stray NUL or escape byte in a text dump is cleaned later, line by line.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How many leading bytes are inspected to tell text from binary.</summary>
    private const int SniffBytes = 8192;

    /// <summary>Bytes that start common binary formats: PNG, GIF, PDF, ZIP (docx, xlsx), gzip, ELF.</summary>
    private static readonly byte[][] BinaryMagic =
        [[0x89, (byte)'P', (byte)'N', (byte)'G'], [(byte)'G', (byte)'I', (byte)'F', (byte)'8'], [(byte)'%', (byte)'P', (byte)'D', (byte)'F'],
         [(byte)'P', (byte)'K', 0x03, 0x04], [0x1F, 0x8B], [0x7F, (byte)'E', (byte)'L', (byte)'F']];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, Diagnostic? Problem) Decode(string file, byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(file, span[3..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(span[2..]), null);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(span[2..]), null);
        }

        var sample = span[..Math.Min(span.Length, SniffBytes)];
        if (Utf16WithoutMark(sample) is { } utf16)
        {
            return (utf16.GetString(span), null);
        }

        if (LooksBinary(sample))
        {
            return (null, new Diagnostic(
                Severity.Error, DiagnosticCodes.BinaryFile, file, 0,
                "file is binary, not a text dump",
                "remove it from the input folder; dumps are plain UTF-8 text copied from a listing page"));
        }

        return DecodeUtf8(file, span);
    }

    private static (string? Text, Diagnostic? Problem) DecodeUtf8(string file, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            if (MostlyUtf8(bytes))
            {
                return (Encoding.UTF8.GetString(bytes), null);
            }

            return (Encoding.Latin1.GetString(bytes), new Diagnostic(
                Severity.Warning, DiagnosticCodes.NotUtf8, file, 0,
                $"file is not valid UTF-8 (bad byte at offset {e.Index}); read it as Latin-1",
                "save the file as UTF-8 so accented names and symbols come out right"));
        }
    }

    /// <summary>
    /// Whether bytes that fail strict UTF-8 are still UTF-8 with a few broken sequences: more valid multi-byte
    /// sequences (accents, dashes, math) than broken ones. A Latin-1 file has broken ones only.
    /// </summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var (valid, broken) = (0, 0);
        while (!bytes.IsEmpty)
        {
            var next = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0)
            {
                break;
            }

            bytes = bytes[next..];
            if (Rune.DecodeFromUtf8(bytes, out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                broken++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return valid > broken;
    }

    /// <summary>
    /// UTF-16 saved without a byte-order mark: the high byte of every Latin character is zero, so one of the two
    /// byte positions is mostly zero and the other hardly ever.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        var (evenZeros, oddZeros) = (0, 0);
        for (var index = 0; index + 1 < sample.Length; index += 2)
        {
            evenZeros += sample[index] == 0 ? 1 : 0;
            oddZeros += sample[index + 1] == 0 ? 1 : 0;
        }

        static bool Mostly(int zeros, int pairs) => zeros * 2 >= pairs;
        static bool Hardly(int zeros, int pairs) => zeros * 20 <= pairs;
        return Mostly(oddZeros, pairs) && Hardly(evenZeros, pairs) ? Encoding.Unicode
            : Mostly(evenZeros, pairs) && Hardly(oddZeros, pairs) ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>
    /// Binary formats start with a known signature or are full of control bytes (more than one in twenty); a text
    /// dump with a stray NUL or escape is text.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        foreach (var magic in BinaryMagic)
        {
            if (sample.StartsWith(magic))
            {
                return true;
            }
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f')
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }
}
