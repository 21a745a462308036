using System.Collections.Frozen;

namespace DigestGen.Compute.Terms;

/// <summary>
/// English function words plus the boilerplate every abstract shares ("we propose a novel method"), which would
/// otherwise dominate term weights and topic labels.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "also", "although",
        "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been",
        "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does",
        "doing", "done", "down", "due", "during", "each", "either", "et", "etc", "even", "ever", "every", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "less", "like", "many", "may", "me", "might",
        "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "of", "off", "often", "on", "once", "one",
        "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per", "rather", "same", "she", "should",
        "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "therefore", "these",
        "they", "this", "those", "though", "through", "thus", "to", "too", "two", "under", "until", "up", "upon", "us",
        "use", "used", "uses", "using", "very", "via", "was", "we", "well", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
        "your",
        // Abstract boilerplate: true of nearly every paper, so it says nothing about a topic.
        "approach", "approaches", "achieve", "achieves", "based", "demonstrate", "demonstrates", "different", "effective",
        "existing", "experiments", "experimental", "first", "framework", "given", "new", "novel", "paper", "present",
        "problem", "problems", "propose", "proposed", "proposes", "provide", "provides", "result", "results", "show",
        "shows", "significantly", "state-of-the-art", "study", "technique", "techniques", "three", "work",
    ], StringComparer.Ordinal);

    /// <summary>The same set, asked by span: a tokenizer need not make a string of every word to check it.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => BySpan.Contains(word);
}
