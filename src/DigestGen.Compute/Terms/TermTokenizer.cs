namespace DigestGen.Compute.Terms;

/// <summary>
/// Splits paper text into the lower-cased content words that TF-IDF, topic labels and near-duplicate checks count:
/// letters and digits only, LaTeX commands and inline maths dropped, stop words and one-letter tokens removed.
/// </summary>
internal static class TermTokenizer
{
    /// <summary>Content words in text order.</summary>
    public static List<string> Words(string text) => Tokens(text).Words;

    /// <summary>
    /// Content words in text order, and for each whether it directly follows the previous one in the text (only
    /// spaces between: no dropped word, punctuation or maths), so "speech recognition" is a phrase and
    /// "speech. Recognition" or "models for video" are not.
    /// </summary>
    public static (List<string> Words, List<bool> FollowsPrevious) Tokens(string text)
    {
        var words = new List<string>();
        var follows = new List<bool>();
        Scan(text, (word, followsPrevious) =>
        {
            words.Add(word.ToString());
            follows.Add(followsPrevious);
        });
        return (words, follows);
    }

    /// <summary>
    /// <see cref="Tokens"/> without a string per word: each content word is handed to <paramref name="found"/> as a span
    /// valid only during the call, so a caller that knows the word already (most words of a corpus) allocates nothing.
    /// </summary>
    public static void Scan(string text, WordFound found)
    {
        // Lower-casing keeps every char's count, so no word is longer than the text.
        var current = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var anyWord = false;
        var broken = true;
        var insideMath = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '$')
            {
                insideMath = !insideMath;
                Flush(current, ref length, ref anyWord, broken, found);
                broken = true;
                continue;
            }

            if (insideMath)
            {
                continue;
            }

            if (c == '\\')
            {
                // A LaTeX command such as \mathcal is markup, not a word: skip its name.
                Flush(current, ref length, ref anyWord, broken, found);
                broken = true;
                while (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c) || (c == '-' && length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                current[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                broken = Flush(current, ref length, ref anyWord, broken, found) || !char.IsWhiteSpace(c);
            }
        }
    }

    /// <summary>Words plus adjacent-word bigrams ("neural network"), the terms topic labels are made of.</summary>
    public static List<string> WordsAndBigrams(string text)
    {
        var words = Words(text);
        var terms = new List<string>(words.Count * 2);
        terms.AddRange(words);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            terms.Add(string.Concat(words[i], " ", words[i + 1]));
        }

        return terms;
    }

    /// <summary>Ends the current word; returns whether a phrase is broken after it (nothing flushed keeps the old state).</summary>
    private static bool Flush(Span<char> current, ref int length, ref bool anyWord, bool broken, WordFound found)
    {
        if (length == 0)
        {
            return broken;
        }

        var word = current[..length];
        length = 0;
        if (word.Length > 1 && !IsNumber(word) && !StopWords.Contains(word))
        {
            found(word, !broken && anyWord);
            anyWord = true;
            return false;
        }

        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A content word found by <see cref="TermTokenizer.Scan"/> (valid only during the call) and whether it directly follows the previous one.</summary>
internal delegate void WordFound(ReadOnlySpan<char> word, bool followsPrevious);
