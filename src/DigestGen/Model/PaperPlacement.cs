using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>What compute adds to one paper: its topic, its related papers and its point on the 2-D topic map (unit square).</summary>
public sealed record PaperPlacement(string PaperId, string TopicId, ImmutableArray<string> RelatedIds, MapPoint MapPoint);
