using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Writes JSON exactly as JavaScript's <c>JSON.stringify</c> does, so our files can be compared byte for byte with
/// lunr's: numbers in their shortest round-trip form laid out the JavaScript way (1, not 1.0; 1e-7, not 1E-07),
/// strings escaped only where JSON.stringify escapes them (quotes, backslashes, control characters, lone surrogates).
/// </summary>
internal sealed class JsonText(IBufferWriter<byte> output)
{
    public void Raw(string ascii)
    {
        var span = output.GetSpan(ascii.Length);
        var length = Encoding.ASCII.GetBytes(ascii, span);
        output.Advance(length);
    }

    public void Raw(char c)
    {
        output.GetSpan(1)[0] = (byte)c;
        output.Advance(1);
    }

    /// <summary>The comma before every element of a list but the first (<paramref name="position"/> 0).</summary>
    public void Separator(int position)
    {
        if (position > 0)
        {
            Raw(',');
        }
    }

    public void String(string value)
    {
        Raw('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ when char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]) => null,
                _ when char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                _ => null,
            };
            if (escape is null)
            {
                continue;
            }

            Utf8(value.AsSpan(start, i - start));
            Raw(escape);
            start = i + 1;
        }

        Utf8(value.AsSpan(start));
        Raw('"');
    }

    public void Bytes(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(output.GetSpan(utf8.Length));
        output.Advance(utf8.Length);
    }

    /// <summary>A lunr score: fast for the thousandths lunr rounds to, exact JavaScript formatting for anything else.</summary>
    public void Number(double value)
    {
        var thousandths = Math.Round(value * 1000);
        if (value < 0 || thousandths > int.MaxValue || thousandths / 1000 != value)
        {
            Raw(FormatNumber(value));
            return;
        }

        // A number with at most 3 decimals and few digits is its own shortest round-trip form.
        var whole = (int)thousandths / 1000;
        var fraction = (int)thousandths % 1000;
        Number(whole);
        if (fraction != 0)
        {
            var digits = fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
            var span = output.GetSpan(4);
            span[0] = (byte)'.';
            var scaled = digits == 1 ? fraction / 100 : digits == 2 ? fraction / 10 : fraction;
            for (var i = digits; i > 0; i--)
            {
                span[i] = (byte)('0' + (scaled % 10));
                scaled /= 10;
            }

            output.Advance(digits + 1);
        }
    }

    public void Number(int value)
    {
        Utf8Formatter.TryFormat(value, output.GetSpan(11), out var written);
        output.Advance(written);
    }

    /// <summary>The JSON literal of a string, quotes included, for writing the same string many times.</summary>
    public static byte[] Literal(string value)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        new JsonText(buffer).String(value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>JavaScript's Number.prototype.toString (and JSON.stringify) for a double.</summary>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0";
        }

        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var pointPosition = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        pointPosition -= leadingZeros;

        // value = 0.digits × 10^pointPosition; lay it out as ECMA-262 Number::toString does.
        var k = digits.Length;
        var n = pointPosition;
        var text = n switch
        {
            _ when k <= n && n <= 21 => digits + new string('0', n - k),
            > 0 and <= 21 => digits[..n] + "." + digits[n..],
            > -6 and <= 0 => "0." + new string('0', -n) + digits,
            _ => digits[..1] + (k > 1 ? "." + digits[1..] : "") + "e" + (n - 1 >= 0 ? "+" : "-") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture),
        };
        return value < 0 ? "-" + text : text;
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
