namespace DigestGen.Compute.Terms;

/// <summary>
/// Key phrases of tokenized texts: runs of two or three content words that directly follow each other in the text
/// ("speech recognition", "graph neural networks"), with plurals folded so "neural network" and "neural networks"
/// are one phrase. A phrase is a long packing its folded word ids, 21 bits each; a single word is a phrase of one.
/// </summary>
internal sealed class KeyPhrases
{
    private const int IdBits = 21;
    private const int MaxWords = 3;

    private readonly TokenizedTexts tokens;
    private readonly Dictionary<string, int> ids;
    private readonly int[] folded;

    public KeyPhrases(TokenizedTexts tokens)
    {
        this.tokens = tokens;
        ids = new Dictionary<string, int>(tokens.Vocabulary.Count, StringComparer.Ordinal);
        for (var id = 0; id < tokens.Vocabulary.Count; id++)
        {
            ids[tokens.Vocabulary[id]] = id;
        }

        folded = [.. tokens.Vocabulary.Select((word, id) => SingularCandidates(word).Select(singular => ids.GetValueOrDefault(singular, -1)).FirstOrDefault(found => found >= 0, id))];
    }

    public TokenizedTexts Tokens => tokens;

    /// <summary>Whether the phrase is a single word.</summary>
    public static bool IsWord(long phrase) => phrase < 1L << IdBits;

    /// <summary>The distinct words and phrases of one text, in first-seen order.</summary>
    public IEnumerable<long> In(int document)
    {
        var words = tokens.Documents[document];
        var follows = tokens.FollowsPrevious[document];
        var seen = new HashSet<long>();
        for (var start = 0; start < words.Length; start++)
        {
            var phrase = 0L;
            for (var length = 1; length <= MaxWords && start + length - 1 < words.Length; length++)
            {
                var w = start + length - 1;
                var id = folded[words[w]];
                if ((length > 1 && !follows[w]) || id + 1 >= 1 << IdBits)
                {
                    break;
                }

                phrase = (phrase << IdBits) | (uint)(id + 1);
                if (seen.Add(phrase))
                {
                    yield return phrase;
                }
            }
        }
    }

    /// <summary>The phrase of the given words as tokenized ("neural networks"), or null when they are not all content words of these texts.</summary>
    public long? Of(string text)
    {
        var words = TermTokenizer.Words(text);
        if (words.Count is 0 or > MaxWords || !words.TrueForAll(ids.ContainsKey))
        {
            return null;
        }

        return words.Aggregate(0L, (phrase, word) => (phrase << IdBits) | (uint)(folded[ids[word]] + 1));
    }

    /// <summary>Whether the text's words contain the phrase (a single word counts as a one-word phrase).</summary>
    public bool Contains(int document, long phrase) => Occurrences(document, phrase).Any();

    /// <summary>
    /// The spelling of a phrase its texts use most ("neural networks" rather than "neural network"), lower-cased;
    /// ties go to the alphabetically first.
    /// </summary>
    public string MostUsedForm(long phrase, IEnumerable<int> documents)
    {
        var length = Length(phrase);
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var start in Occurrences(d, phrase))
            {
                var form = string.Join(' ', tokens.Documents[d][start..(start + length)].Select(id => tokens.Vocabulary[id]));
                forms[form] = forms.GetValueOrDefault(form) + 1;
            }
        }

        return forms.Count == 0
            ? Text(phrase)
            : forms.OrderByDescending(form => form.Value).ThenBy(form => form.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Where in the text's words the phrase starts.</summary>
    private IEnumerable<int> Occurrences(int document, long phrase)
    {
        var length = Length(phrase);
        var words = tokens.Documents[document];
        var follows = tokens.FollowsPrevious[document];
        for (var start = 0; start + length <= words.Length; start++)
        {
            var candidate = 0L;
            var w = start;
            for (; w < start + length && (w == start || follows[w]); w++)
            {
                candidate = (candidate << IdBits) | (uint)(folded[words[w]] + 1);
            }

            if (w == start + length && candidate == phrase)
            {
                yield return start;
            }
        }
    }

    /// <summary>The phrase in its folded (singular) words.</summary>
    public string Text(long phrase)
    {
        var words = new List<string>();
        for (; phrase != 0; phrase >>= IdBits)
        {
            words.Insert(0, tokens.Vocabulary[(int)(phrase & ((1 << IdBits) - 1)) - 1]);
        }

        return string.Join(' ', words);
    }

    private static int Length(long phrase)
    {
        var length = 0;
        for (; phrase != 0; phrase >>= IdBits)
        {
            length++;
        }

        return length;
    }

    /// <summary>Singulars a plural may have ("vertices": vertex, vertix; "policies": policy); a fold uses the first these texts contain.</summary>
    private static IEnumerable<string> SingularCandidates(string word)
    {
        if (word.Length > 5 && word.EndsWith("ices", StringComparison.Ordinal))
        {
            yield return word[..^4] + "ex";
            yield return word[..^4] + "ix";
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        yield return Singular(word);
    }

    /// <summary>"models" and "model" are one word to a reader; a crude plural fold is enough.</summary>
    public static string Singular(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
