using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// The topics overrides may name: the digest's own, plus new ones a topic file defines. When the digest has no
/// topics yet (<c>check</c> skips compute), topic ids cannot be checked and are taken as written.
/// </summary>
internal sealed class TopicCatalogue(ImmutableArray<Topic> topics, IEnumerable<TopicOverride> topicFiles)
{
    private readonly HashSet<string> existing = topics.Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> defined = topicFiles.Select(file => file.TopicId.Value).ToHashSet(StringComparer.Ordinal);

    private bool CanCheck => existing.Count > 0;

    /// <summary>A paper may move into an existing topic, or into a new one that a topic file labels.</summary>
    public Diagnostic? CheckMoveTarget(string file, Located topic) =>
        !CanCheck || existing.Contains(topic.Value) || defined.Contains(topic.Value)
            ? null
            : Unknown(file, topic, $"there is no topic '{topic.Value}'",
                $"to start a new topic, also add a topic file with 'topic: {topic.Value}' and 'label: …'");

    /// <summary>A topic file changes an existing topic, or labels a new one that papers move into.</summary>
    public Diagnostic? CheckTopicFile(string file, Located topic, bool papersMoveIn) =>
        !CanCheck || existing.Contains(topic.Value) || papersMoveIn
            ? null
            : Unknown(file, topic, $"there is no topic '{topic.Value}' and no paper is moved into it",
                $"to start a new topic, move papers into it with 'topic: {topic.Value}' in their override files");

    private Diagnostic Unknown(string file, Located topic, string message, string newTopicHint)
    {
        var byLabel = topics.Where(known => string.Equals(known.Label, topic.Value, StringComparison.OrdinalIgnoreCase)).Select(known => known.Id);
        var nearest = byLabel.Concat(ClosestMatches.Find(existing.Union(defined), topic.Value)).Where(id => id != topic.Value).Distinct().Take(3).ToList();
        var hint = nearest.Count > 0 ? $"did you mean {CurateProblem.Either(nearest)}? Or, {newTopicHint}" : $"topic ids are the last part of a topic page's address; {newTopicHint}";
        return CurateProblem.MissingTarget(file, topic.Line, DiagnosticCodes.OverrideUnknownTopic, message, hint);
    }
}
