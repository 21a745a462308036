using System.Text;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Turns a dump's bytes into text: UTF-8 with or without a byte-order mark, UTF-16 when it has one, and Latin-1
/// (with a warning) for the odd file saved in a legacy encoding. Binary files are refused.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How many leading bytes are inspected to tell text from binary.</summary>
    private const int SniffBytes = 8192;

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

        if (LooksBinary(span[..Math.Min(span.Length, SniffBytes)]))
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
            return (Encoding.Latin1.GetString(bytes), new Diagnostic(
                Severity.Warning, DiagnosticCodes.NotUtf8, file, 0,
                $"file is not valid UTF-8 (bad byte at offset {e.Index}); read it as Latin-1",
                "save the file as UTF-8 so accented names and symbols come out right"));
        }
    }

    /// <summary>Text has no NUL bytes and hardly any other control characters; binary formats are full of them.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f')
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }
}
