using System.Collections;
using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Computing;

/// <summary>
/// What each paper is about, as one text: title and abstract. Made on demand rather than kept: for 100,000 papers
/// the texts would hold 260 MB through the whole stage, and each step reads them only once.
/// </summary>
internal sealed class PaperTexts(ImmutableArray<MergedPaper> papers) : IReadOnlyList<string>
{
    public int Count => papers.Length;

    public string this[int index] => papers[index].Abstract is { Length: > 0 } text ? $"{papers[index].Title}. {text}" : papers[index].Title;

    public IEnumerator<string> GetEnumerator() => Enumerable.Range(0, Count).Select(index => this[index]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
