using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>An override file whose settings are all valid, before its target is looked up.</summary>
internal abstract record ParsedOverride(string File);

/// <summary>Changes one paper, picked by <see cref="ById"/> or <see cref="ByTitle"/> (at least one is set).</summary>
/// <param name="MoveTo">The topic the paper moves to, when the file has <c>topic:</c>.</param>
internal sealed record PaperOverride(string File, Located? ById, Located? ByTitle, Located? MoveTo, ImmutableArray<Setting<PaperCuration>> Settings)
    : ParsedOverride(File);

/// <summary>Renames, describes or hides one topic.</summary>
internal sealed record TopicOverride(string File, Located TopicId, ImmutableArray<Setting<Topic>> Settings) : ParsedOverride(File);

/// <summary>
/// Joins the author <see cref="Author"/> names with another person (<see cref="SameAs"/>), or splits a spelling the
/// build joined to them off into a person of its own (<see cref="NotSameAs"/>); at least one of the two is set.
/// </summary>
internal sealed record AuthorOverride(string File, Located Author, Located? SameAs, Located? NotSameAs) : ParsedOverride(File);
