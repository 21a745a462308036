namespace DigestGen.Compute;

/// <summary>One topic of a <see cref="PaperMap"/>.</summary>
/// <param name="Id">A slug of the label, or the id a previous build published for most of these papers.</param>
/// <param name="Members">The topic's papers (positions in the input), most central first.</param>
/// <param name="Area">Position of the topic's broad area in <see cref="PaperMap.Areas"/>.</param>
public sealed record MappedTopic(string Id, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<int> Members, int Area);
