using System.Collections.Frozen;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Records in a paper's <see cref="PaperCuration.FieldSources"/> that an override file set a field, and on which line, so
/// papers.json and the paper page no longer credit the dump the value came from before the edit.
/// </summary>
internal static class OverrideProvenance
{
    /// <summary>The papers.json fields each setting writes (camelCase, as <see cref="Paper.FieldSources"/> names them).</summary>
    private static readonly FrozenDictionary<string, string[]> FieldsByKey = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [OverrideKeys.NewTitle] = ["title"],
        [OverrideKeys.Authors] = ["authors", "authorsTruncated"],
        [OverrideKeys.Date] = ["date"],
        [OverrideKeys.Venue] = ["venue"],
        [OverrideKeys.Code] = ["codeUrl", "hasCode"],
        [OverrideKeys.Topic] = ["topicId"],
        [OverrideKeys.Tags] = ["tags"],
        [OverrideKeys.Pin] = ["pinned"],
        [OverrideKeys.Hide] = ["hidden"],
        [OverrideKeys.Note] = ["editorNote"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PaperCuration Stamp(PaperCuration curation, Setting<PaperCuration> setting, string file)
    {
        var source = new SourceRef(file, DumpShape.Override, setting.Line);
        var fields = FieldsByKey.GetValueOrDefault(setting.Key, []);
        return curation with { FieldSources = curation.FieldSources.SetItems(fields.Select(field => KeyValuePair.Create(field, source))) };
    }
}
