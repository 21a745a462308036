using System.Collections.Concurrent;

namespace DigestGen.Search.Lunr;

/// <summary>
/// lunr's indexing pipeline as DigestGen configures it: tokenizer (lower-case, split on JavaScript whitespace and
/// hyphens), then foldAccents, trimmer, stopWordFilter and stemmer, in that order. A token's fate depends only on
/// its text, so each distinct token is processed once and remembered; that cache is most of the speed-up over lunr.js.
/// </summary>
internal sealed class TextPipeline
{
    /// <summary>The functions lunr serializes for the search (query) side, in order.</summary>
    public static readonly IReadOnlyList<string> SearchPipelineLabels = [AccentFolder.PipelineLabel, "stemmer"];

    private readonly ConcurrentDictionary<string, PipelineTerm?> termByToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PipelineTerm> termByText = new(StringComparer.Ordinal);

    /// <summary>
    /// A pipeline whose terms include <paramref name="known"/> (terms an earlier build kept, <see cref="TermCountCache"/>),
    /// so a term read back and the same term tokenized tonight are one object and get one number. The first
    /// <paramref name="numbered"/> keep their numbers (the documents kept as numbered use just those); the builder numbers
    /// the rest afresh.
    /// </summary>
    public TextPipeline(IReadOnlyList<PipelineTerm> known, int numbered)
    {
        for (var number = 0; number < known.Count; number++)
        {
            known[number].Number = number < numbered ? number : -1;
            termByText[known[number].Text] = known[number];
        }
    }

    /// <summary>The field's distinct terms in the order they first occur, with their counts (<see cref="FieldTerms"/>).</summary>
    public FieldTerms Count(string? text)
    {
        var tokens = Terms(text);
        if (tokens.Count == 0)
        {
            return FieldTerms.Empty;
        }

        var distinct = new List<PipelineTerm>();
        var counts = new List<int>();
        var at = new Dictionary<PipelineTerm, int>(ReferenceEqualityComparer.Instance);
        foreach (var term in tokens)
        {
            if (at.TryGetValue(term, out var position))
            {
                counts[position]++;
            }
            else
            {
                at[term] = distinct.Count;
                distinct.Add(term);
                counts.Add(1);
            }
        }

        return new FieldTerms([.. distinct], [.. counts], tokens.Count);
    }

    /// <summary>The terms lunr would index for one field's text, in token order (stop words removed, "" kept as lunr keeps it).</summary>
    private List<PipelineTerm> Terms(string? text)
    {
        var terms = new List<PipelineTerm>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var lower = JsText.ToLower(text);
        var lookup = termByToken.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end]))
            {
                continue;
            }

            if (end > start)
            {
                var token = lower.AsSpan(start, end - start);
                if (!lookup.TryGetValue(token, out var term))
                {
                    var tokenText = token.ToString();
                    var processed = Process(tokenText);
                    term = processed is null ? null : termByText.GetOrAdd(processed, static text => new PipelineTerm(text));
                    term = termByToken.GetOrAdd(tokenText, term);
                }

                if (term is not null)
                {
                    terms.Add(term);
                }
            }

            start = end + 1;
        }

        return terms;
    }

    private static bool IsSeparator(char c) => c == '-' || JsText.IsJsWhiteSpace(c);

    /// <summary>foldAccents → trimmer → stopWordFilter → stemmer for one token; null when the stop list drops it.</summary>
    private static string? Process(string token)
    {
        var trimmed = Trim(AccentFolder.Fold(token));
        return StopWords.English.Contains(trimmed) ? null : PorterStemmer.Stem(trimmed);
    }

    /// <summary>lunr.trimmer: strips JavaScript non-word characters (<c>\W</c>) from both ends.</summary>
    private static string Trim(string token)
    {
        var start = 0;
        while (start < token.Length && !JsText.IsJsWordChar(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !JsText.IsJsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }
}
