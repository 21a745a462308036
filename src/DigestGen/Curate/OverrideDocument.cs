using YamlDotNet.RepresentationModel;

namespace DigestGen.Curate;

/// <summary>An override file split into its settings (the YAML front matter) and its note (the markdown below).</summary>
/// <param name="File">Relative to the input folder, e.g. overrides/pin-altup.md.</param>
/// <param name="SettingsFirstLine">File line of the first line inside the front matter.</param>
/// <param name="Note">The markdown body, trimmed; null when there is none.</param>
/// <param name="NoteFirstLine">File line where the note starts (0 without a note).</param>
internal sealed record OverrideDocument(string File, YamlMappingNode Settings, int SettingsFirstLine, string? Note, int NoteFirstLine)
{
    /// <summary>The file line of a node of the front matter (YamlDotNet counts from the front matter's first line).</summary>
    public int LineOf(YamlNode node) => SettingsFirstLine + (int)node.Start.Line - 1;
}
