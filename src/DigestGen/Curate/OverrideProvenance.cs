using System.Collections.Frozen;
using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Records in a paper's <see cref="PaperCuration.FieldSources"/> (and an author's <see cref="Author.FieldSources"/>) that an
/// override file set a field, and on which line, so papers.json, authors.json and the paper page no longer credit
/// the dump the value came from before the edit.
/// </summary>
internal static class OverrideProvenance
{
    /// <summary>The papers.json fields each setting writes (camelCase, as <see cref="PaperCuration.FieldSources"/> names them).</summary>
    private static readonly FrozenDictionary<string, string[]> FieldsByKey = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [OverrideKeys.NewTitle] = ["title"],
        [OverrideKeys.Authors] = ["authors", "authorsTruncated", "authorIds"],
        [OverrideKeys.Date] = ["date"],
        [OverrideKeys.Venue] = ["venue"],
        [OverrideKeys.Code] = ["codeUrl", "hasCode"],
        [OverrideKeys.Topic] = ["topicId"],
        [OverrideKeys.Tags] = ["tags"],
        [OverrideKeys.Pin] = ["pinned"],
        [OverrideKeys.Hide] = ["hidden"],
        [OverrideKeys.Note] = ["editorNote"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PaperCuration Stamp(PaperCuration curation, Setting<PaperCuration> setting, string file) =>
        curation with { FieldSources = Set(curation.FieldSources, At(file, setting.Line), FieldsByKey.GetValueOrDefault(setting.Key, [])) };

    public static SourceRef At(string file, int line) => new(file, DumpShape.Override, line);

    /// <summary>The sources with each of <paramref name="fields"/> credited to <paramref name="source"/>.</summary>
    public static ImmutableSortedDictionary<string, SourceRef> Set(ImmutableSortedDictionary<string, SourceRef> sources, SourceRef source, params string[] fields) =>
        sources.SetItems(fields.Select(field => KeyValuePair.Create(field, source)));
}
