using System.Text;

namespace DigestGen.Compute.Terms;

/// <summary>
/// Splits paper text into the lower-cased content words that TF-IDF, topic labels and near-duplicate checks count:
/// letters and digits only, LaTeX commands and inline maths dropped, stop words and one-letter tokens removed.
/// </summary>
public static class TermTokenizer
{
    /// <summary>Content words in text order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var insideMath = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '$')
            {
                insideMath = !insideMath;
                Flush(current, words);
                continue;
            }

            if (insideMath)
            {
                continue;
            }

            if (c == '\\')
            {
                // A LaTeX command such as \mathcal is markup, not a word: skip its name.
                Flush(current, words);
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
                Flush(current, words);
            }
        }

        return words;
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

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString();
        current.Clear();
        if (word.Length > 1 && !IsNumber(word) && !StopWords.Contains(word))
        {
            words.Add(word);
        }
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
