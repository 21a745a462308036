using System.Collections.Immutable;
using System.Diagnostics;
using DigestGen.Computing;
using DigestGen.Curate;
using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Rank;
using DigestGen.Render;
using DigestGen.Search;

namespace DigestGen.Pipeline;

/// <summary>
/// The one place the stage order is written: ingest → merge → compute → curate → rank → render → search.
/// Each stage is a pure function of the previous stage's records; files are read by <see cref="InputReader"/>
/// and written by <see cref="SiteWriter"/> only.
/// </summary>
public static class BuildPipeline
{
    public static BuildReport Build(BuildSettings settings, IBuildReporter reporter)
    {
        var writer = new SiteWriter(settings.OutputDirectory, [BuildSettings.CacheFolderName]);
        var run = new StageRunner(reporter);
        var content = Prepare(settings, run, compute: true);
        if (content.Stopped)
        {
            return content.Report(run.Timings, null);
        }

        if (!new SiteUrls(settings.BaseUrl).HasOrigin)
        {
            var relative = new Diagnostic(Severity.Warning, DiagnosticCodes.BaseUrlWithoutHost, "--base-url", 0,
                $"'{settings.BaseUrl}' has no scheme and host, so feed links, the sitemap, canonical links and og:image are relative; feed readers and crawlers cannot follow them (feed ids are tag: URIs and stay valid)",
                "Pass the site's public address, e.g. --base-url https://you.github.io/digest/");
            reporter.Problem(relative);
            content = content with { Diagnostics = content.Diagnostics.Add(relative) };
        }

        var rendered = run.Time("render", () =>
        {
            var result = RenderSite.Run(content.Digest, new RenderSettings(settings.ThemeDirectory, settings.BaseUrl, settings.NodeModulesDirectory, settings.EffectiveCacheDirectory), writer);
            return (result, $"{result.Pages} pages, {result.Files} files");
        });
        foreach (var problem in rendered.Problems)
        {
            reporter.Problem(problem);
        }

        foreach (var note in rendered.Notes)
        {
            reporter.Note(note);
        }

        // A broken theme is a problem like bad input: it shows in the summary and fails --strict.
        content = content with { Diagnostics = content.Diagnostics.AddRange(rendered.Problems) };
        run.Time("search", () =>
        {
            BuildSearchIndex.Run(content.Digest, writer);
            foreach (var problem in SearchLibrary.Add(settings.NodeModulesDirectory, writer))
            {
                reporter.Problem(problem);
            }

            return "index built";
        });
        DataExport.Run(content.Digest, content.Diagnostics, writer);
        var written = writer.Finish();
        FirstSeenDates.Save(settings.EffectiveCacheDirectory, content.FirstSeen);
        reporter.Note($"{written.Written} files written, {written.Unchanged} unchanged, {written.Removed} stale removed");
        return content.Report(run.Timings, written);
    }

    /// <summary>Ingest, merge and curate, reporting problems without writing a site.</summary>
    public static BuildReport Check(BuildSettings settings, IBuildReporter reporter)
    {
        var run = new StageRunner(reporter);
        return Prepare(settings, run, compute: false).Report(run.Timings, null);
    }

    private static PreparedContent Prepare(BuildSettings settings, StageRunner run, bool compute)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        var dumps = run.Time("ingest", () =>
        {
            var parsed = InputReader.ReadDumps(settings.InputDirectory)
                .AsParallel().AsOrdered()
                .Select(file => IngestDumps.Parse(file, settings.AsOf))
                .ToList();
            return (parsed, $"{parsed.Count} files, {parsed.Sum(dump => dump.Records.Length)} records");
        });
        dumps.ForEach(dump => diagnostics.AddRange(dump.Diagnostics));

        // One model for the whole build: merge's near-duplicate checks and compute's vectors.
        using var embedding = EmbeddingSession.Open(settings);
        foreach (var note in embedding.Notes)
        {
            run.Reporter.Note(note);
        }

        var files = dumps.Select(dump => new FileReport(dump.File, dump.Shape, dump.Records.Length)).ToImmutableArray();
        if (embedding.Failure is { } failure)
        {
            run.Reporter.Problem(failure);
            return new PreparedContent(new Digest(settings.AsOf, [], [], []), [failure], files) { Stopped = true };
        }

        var merged = run.Time("merge", () =>
        {
            var result = MergePapers.Run(dumps, embedding.MergeOptions);
            return (result, $"{result.Papers.Length} papers, {result.Authors.Length} authors");
        });
        diagnostics.AddRange(merged.Diagnostics);
        var digest = new Digest(settings.AsOf, merged.Papers, merged.Authors, []);

        if (compute)
        {
            var computed = run.Time("compute", () =>
            {
                var result = ComputeStage.Run(digest, embedding.ComputeSettings(settings));
                return (result, $"{result.Digest.Topics.Length} topics");
            });
            foreach (var note in computed.Notes)
            {
                run.Reporter.Note(note);
            }

            diagnostics.AddRange(computed.Diagnostics);
            digest = computed.Digest;
        }

        var curated = run.Time("curate", () =>
        {
            var overrides = InputReader.ReadOverrides(settings.InputDirectory);
            var result = ApplyOverrides.Run(digest, overrides);
            return (result, $"{overrides.Count} override files");
        });
        diagnostics.AddRange(curated.Diagnostics);

        var ranked = run.Time("rank", () =>
        {
            var (history, problem) = FirstSeenDates.Load(settings.EffectiveCacheDirectory);
            if (problem is not null)
            {
                run.Reporter.Note(problem);
            }

            var result = RankPapers.Run(curated.Digest, history);
            return (result, $"{result.Digest.Papers.Count(paper => paper.Trending!.IsTrending)} trending, {result.Digest.Papers.Count(paper => paper.FirstSeen == settings.AsOf)} first seen {settings.AsOf:yyyy-MM-dd}");
        });

        foreach (var diagnostic in diagnostics)
        {
            run.Reporter.Problem(diagnostic);
        }

        return new PreparedContent(ranked.Digest, diagnostics.ToImmutable(), files) { FirstSeen = ranked.FirstSeen };
    }

    private sealed record PreparedContent(Digest Digest, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<FileReport> Files)
    {
        /// <summary>An error means the build cannot do what was asked: nothing after ingest ran.</summary>
        public bool Stopped { get; init; }

        /// <summary>Every paper's first-seen date, saved after a build for the next one.</summary>
        public ImmutableSortedDictionary<string, DateOnly> FirstSeen { get; init; } = ImmutableSortedDictionary<string, DateOnly>.Empty;

        public BuildReport Report(ImmutableArray<StageTiming> timings, WriteSummary? written) =>
            new(Files, Digest.Papers.Length, Digest.Authors.Length, Digest.Topics.Length, Diagnostics, timings, written) { Stopped = Stopped };
    }

    /// <summary>Runs a stage, timing it and reporting one summary line.</summary>
    private sealed class StageRunner(IBuildReporter reporter)
    {
        private readonly ImmutableArray<StageTiming>.Builder timings = ImmutableArray.CreateBuilder<StageTiming>();

        public IBuildReporter Reporter => reporter;

        public ImmutableArray<StageTiming> Timings => timings.ToImmutable();

        public T Time<T>(string stage, Func<(T Result, string Summary)> work)
        {
            var clock = Stopwatch.StartNew();
            var (result, summary) = work();
            var timing = new StageTiming(stage, clock.Elapsed);
            timings.Add(timing);
            reporter.StageFinished(timing, summary);
            return result;
        }

        public void Time(string stage, Func<string> work) => Time(stage, () => (0, work()));
    }
}
