using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// What editors' override files add to one paper: the values they set (null where merge's or compute's stand) and
/// their own fields. <see cref="Paper"/> applies it over the merged paper.
/// </summary>
public sealed record PaperCuration
{
    /// <summary>A paper no override file touched.</summary>
    public static readonly PaperCuration None = new();

    public string? Title { get; init; }
    /// <summary>A whole new author list (never cut short), or null.</summary>
    public ImmutableArray<string>? Authors { get; init; }
    public DateOnly? Date { get; init; }
    public string? Venue { get; init; }
    public string? CodeUrl { get; init; }
    /// <summary>The topic an editor moved the paper into, or null.</summary>
    public string? TopicId { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public bool Pinned { get; init; }
    /// <summary>Hidden papers leave the digest (<see cref="Digest.Join"/>): no page, feed, search entry or link.</summary>
    public bool Hidden { get; init; }
    /// <summary>Editor's note as markdown.</summary>
    public string? EditorNote { get; init; }
    /// <summary>Where the note was written (override file, first line of the note), for problems with it.</summary>
    public TextSource? EditorNoteSource { get; init; }
    /// <summary>Override files that changed this paper, in the order applied.</summary>
    public ImmutableArray<string> EditedBy { get; init; } = [];
    /// <summary>The override line each field set here came from (camelCase field name → source), over merge's.</summary>
    public ImmutableSortedDictionary<string, SourceRef> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceRef>.Empty;
}
