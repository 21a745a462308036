using System.Text;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Curate;

/// <summary>Runs the curate stage on override files written inline, so each test shows its data.</summary>
internal static class OverrideFiles
{
    public static StageRecords.Curated Apply(params (string Name, string Text)[] files) => Apply(SeedDigest.Build(), files);

    public static StageRecords.Curated Apply(Digest digest, params (string Name, string Text)[] files) => Apply(digest, null, files);

    /// <param name="formerIds">Published ids that now name another paper, as merge finds them in the id history.</param>
    public static StageRecords.Curated Apply(Digest digest, IReadOnlyDictionary<string, string>? formerIds, params (string Name, string Text)[] files) =>
        StageRecords.Curate(digest, [.. files.Select(file => new InputFile("overrides/" + file.Name, Encoding.UTF8.GetBytes(file.Text), null))], formerIds);

    public static Paper Paper(this StageRecords.Curated result, string id) => result.Digest.Papers.Single(paper => paper.Id == id);

    public static Topic Topic(this StageRecords.Curated result, string id) => result.Digest.Topics.Single(topic => topic.Id == id);

    /// <summary>The problems as the terminal prints them, one a line.</summary>
    public static string Problems(this StageRecords.Curated result) => string.Join('\n', result.Diagnostics.Select(problem => problem.ToString()));
}
