using System.Collections.Frozen;

namespace DigestGen.Curate;

/// <summary>
/// The settings an override file may hold. <c>paper</c> or <c>title</c> picks the paper to edit (so a title fix is
/// <c>new-title</c>); a file with <c>topic</c> and no paper is a topic override.
/// </summary>
internal static class OverrideKeys
{
    public const string Paper = "paper";
    public const string Title = "title";
    public const string NewTitle = "new-title";
    public const string Authors = "authors";
    public const string Date = "date";
    public const string Venue = "venue";
    public const string Code = "code";
    public const string Topic = "topic";
    public const string Tags = "tags";
    public const string Pin = "pin";
    public const string Hide = "hide";
    public const string Label = "label";
    public const string Description = "description";
    public const string Author = "author";
    public const string SameAs = "same-as";
    public const string NotSameAs = "not-same-as";

    /// <summary>Not a key: the markdown below the settings, named so in messages and conflicts.</summary>
    public const string Note = "note";

    public static readonly FrozenSet<string> PaperKeys =
        FrozenSet.ToFrozenSet([Paper, Title, NewTitle, Authors, Date, Venue, Code, Topic, Tags, Pin, Hide], StringComparer.Ordinal);

    public static readonly FrozenSet<string> TopicKeys = FrozenSet.ToFrozenSet([Topic, Label, Description, Hide], StringComparer.Ordinal);

    /// <summary>An author override joins or splits people: <c>author</c> picks one, the others name the other.</summary>
    public static readonly FrozenSet<string> AuthorKeys = FrozenSet.ToFrozenSet([Author, SameAs, NotSameAs], StringComparer.Ordinal);

    private static readonly string[] AllKeys = [.. PaperKeys.Union(TopicKeys).Union(AuthorKeys).Order(StringComparer.Ordinal)];

    /// <summary>Words editors reach for that edit distance would not find.</summary>
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = Paper,
        ["slug"] = Paper,
        ["retitle"] = NewTitle,
        ["set-title"] = NewTitle,
        ["fix-title"] = NewTitle,
        ["correct-title"] = NewTitle,
        ["published"] = Date,
        ["year"] = Date,
        ["conference"] = Venue,
        ["journal"] = Venue,
        ["url"] = Code,
        ["github"] = Code,
        ["repo"] = Code,
        ["repository"] = Code,
        ["category"] = Topic,
        ["move-to"] = Topic,
        ["tag"] = Tags,
        ["keywords"] = Tags,
        ["pinned"] = Pin,
        ["featured"] = Pin,
        ["hidden"] = Hide,
        ["remove"] = Hide,
        ["name"] = Label,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Keys are forgiving about case and underscores: <c>New_Title</c> reads as <c>new-title</c>.</summary>
    public static string Normalise(string key) => key.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');

    /// <summary>The keys an editor probably meant by an unknown one, best first.</summary>
    public static IReadOnlyList<string> Suggest(string unknownKey)
    {
        var key = Normalise(unknownKey);
        return Synonyms.TryGetValue(key, out var synonym)
            ? [synonym]
            : ClosestMatches.Find(AllKeys, key, limit: 2, minimumDistance: Math.Max(2, key.Length / 2));
    }

    /// <summary>Keys that show the editor wanted to write a note, which goes below the settings instead.</summary>
    public static bool MeansNote(string key) => Normalise(key) is Note or "notes" or "comment" or "body" or "why" or "editor-note";
}
