using System.Text;

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
        var current = new StringBuilder();
        var broken = true;
        var insideMath = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '$')
            {
                insideMath = !insideMath;
                Flush(current, words, follows, broken);
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
                Flush(current, words, follows, broken);
                broken = true;
                while (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c) || (c == '-' && current.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else
            {
                broken = Flush(current, words, follows, broken) || !char.IsWhiteSpace(c);
            }
        }

        return (words, follows);
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
    private static bool Flush(StringBuilder current, List<string> words, List<bool> follows, bool broken)
    {
        if (current.Length == 0)
        {
            return broken;
        }

        var word = current.ToString();
        current.Clear();
        if (word.Length > 1 && !IsNumber(word) && !StopWords.Contains(word))
        {
            follows.Add(!broken && words.Count > 0);
            words.Add(word);
            return false;
        }

        return true;
    }

    private static bool IsNumber(string word)
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
