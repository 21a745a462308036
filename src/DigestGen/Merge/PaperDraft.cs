using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// A merged paper with the records it was made of, between combining fields and merging authors. A class rather than
/// a tuple: LINQ over a tuple of classes is compiled at run time (ReadyToRun cannot hold it), over a class it is not.
/// </summary>
internal sealed record PaperDraft(MergedPaper Paper, IReadOnlyList<RawRecord> Records);
