using System.Text;

namespace DigestGen.Unicode;

/// <summary>
/// Shared by every stage and DigestGen.Compute (its own namespace, below the stages: merge, search and the tokenizer
/// all fold text with it). <see cref="string.Normalize(NormalizationForm)"/> for text read from input, which may hold code units that are not
/// Unicode text (a lone surrogate, U+FFFE, U+FFFF): the framework throws on those; here they stay as they are and the
/// text around them is normalized, as JavaScript's String.prototype.normalize does.
/// </summary>
public static class UnicodeNormalization
{
    public static string Normalize(string text, NormalizationForm form)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var firstInvalid = IndexOfInvalid(text, 0);
        if (firstInvalid < 0)
        {
            return text.Normalize(form);
        }

        var normalized = new StringBuilder(text.Length);
        var start = 0;
        for (var invalid = firstInvalid; invalid >= 0; invalid = IndexOfInvalid(text, start))
        {
            normalized.Append(text[start..invalid].Normalize(form)).Append(text[invalid]);
            start = invalid + 1;
        }

        return normalized.Append(text[start..].Normalize(form)).ToString();
    }

    private static int IndexOfInvalid(string text, int start)
    {
        for (var index = start; index < text.Length; index++)
        {
            var c = text[index];
            if (c is '\ufffe' or '\uffff')
            {
                return index;
            }

            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(c))
            {
                return index;
            }
        }

        return -1;
    }
}
