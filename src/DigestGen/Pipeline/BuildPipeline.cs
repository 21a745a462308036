using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DigestGen.Compute;
using DigestGen.Computing;
using DigestGen.Curate;
using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Rank;
using DigestGen.Render;
using DigestGen.Render.Templates;
using DigestGen.Search;
using DigestGen.Search.Lunr;

namespace DigestGen.Pipeline;

/// <summary>
/// The one place the stage order is written: ingest → merge → compute → curate → rank → render → search. Merge,
/// compute, curate and rank each return their own records, and none calls or imports a later stage
/// (tests/…/Pipeline/StageOrderTests); <see cref="Digest.Join"/> and <see cref="Digest.Ranked"/> join them into the
/// digest render and search read. Input files are read by <see cref="InputReader"/>, the site is written by
/// <see cref="SiteWriter"/>, and the cache files stages hand back (<see cref="CacheUpdate"/>: topic centroids, typeset
/// math) and the id, topic and first-seen histories are written here once the site is published. The embedding cache
/// is still written by DigestGen.Compute where texts are embedded, so an interrupted build keeps what it embedded.
/// </summary>
public static class BuildPipeline
{
    /// <summary>
    /// Builds the site into a staging folder and publishes it only when the build succeeded: an error of the theme,
    /// the renderer or search (or an exception) leaves the previous site as it was. Holds the output folder's lock
    /// for the whole build, so a second build into the same folder waits for this one.
    /// </summary>
    public static BuildReport Build(BuildSettings settings, IBuildReporter reporter)
    {
        using var outputLock = OutputLock.Acquire(settings.OutputDirectory, settings.LockWait, reporter.Note);
        if (outputLock.TakenOver is { } takenOver)
        {
            reporter.Note(takenOver);
        }

        using var writer = new SiteWriter(settings.OutputDirectory, settings.PreservedOutputFolders);
        if (writer.Recovery is { } recovery)
        {
            reporter.Note(recovery);
        }

        // The theme does not depend on the input: it is read, parsed and its code compiled on the core that merge and compute
        // leave idle. Beside ingest, it took a core from ingest's parallel reads and the model's opening (docs/bench.md,
        // "Stages before render"), so it starts once ingest is done.
        var renderSettings = new RenderSettings(settings.ThemeDirectory, settings.BaseUrl, settings.NodeModules, settings.EffectiveCacheDirectory) { Scale = settings.Scale };
        Task<PreparedTheme>? themeLoading = null;
        var run = new StageRunner(reporter);
        var content = Prepare(settings, run, compute: true, afterIngest: () => themeLoading = Task.Run(() => PreparedTheme.Load(renderSettings)));
        using var theme = themeLoading?.GetAwaiter().GetResult();
        if (content.Stopped || theme is null)
        {
            return content.Report(run, null);
        }

        if (!new SiteUrls(settings.BaseUrl).HasOrigin)
        {
            var relative = new Diagnostic(Severity.Warning, DiagnosticCodes.BaseUrlWithoutHost, "--base-url", 0,
                $"'{settings.BaseUrl}' has no scheme and host, so feed links, the sitemap, canonical links and og:image are relative; feed readers and crawlers cannot follow them (feed ids are tag: URIs and stay valid)",
                "Pass the site's public address, e.g. --base-url https://you.github.io/digest/");
            run.Problems([relative]);
        }

        // Search reads only the digest, as render does, so it runs beside render on the core render leaves idle (its
        // serial parts: site index, feeds, sitemap); on a 1,000-paper site that hides most of search's time. A large
        // site runs them one after the other, so the two stages' memory does not add up (docs/bench.md).
        var (rendered, (searchProblems, searchUpdates)) = run.TimeBoth(
            "render",
            () =>
            {
                var result = RenderSite.Run(content.Digest, renderSettings, writer, theme);
                var kept = result.Kept > 0 ? $" ({result.Kept} kept: their views did not change, {result.KeptUnbuilt.Values.Sum()} of them known by their inputs alone)" : string.Empty;
                return (result, $"{result.Pages} pages{kept}, {result.Files} files");
            },
            "search",
            () =>
            {
                var terms = TermCountCache.Load(settings.EffectiveCacheDirectory);
                var published = SearchFiles.Load(settings.EffectiveCacheDirectory);
                var termsUpdate = BuildSearchIndex.Run(content.Digest, writer, settings.Scale.LargeSitePapers, terms, published);
                var problems = SearchLibrary.Add(settings.NodeModules, writer);
                CacheUpdate?[] updates = [termsUpdate, published.Update(writer.PublishedStamp)];
                var tokenized = $" ({terms.Tokenized} papers tokenized, {terms.Found} as before; {published.SegmentsKept} segments of parts kept)";
                return ((problems, updates.OfType<CacheUpdate>().ToList()), (problems.IsEmpty ? "index built" : "index built, search page broken") + tokenized);
            },
            together: !settings.Scale.IsLarge(content.Digest.Papers.Length));
        run.Problems(rendered.Problems);
        foreach (var note in rendered.Notes)
        {
            reporter.Note(note);
        }

        run.Problems(searchProblems);

        // Input problems are data: the site is built without what was broken. A broken theme or search is not: it
        // would publish a site with pages or search missing, so nothing is published.
        if (rendered.Problems.Concat(searchProblems).Any(problem => problem.Severity == Severity.Error))
        {
            reporter.Note("nothing was published: the previous site is left as it was");
            return content.Report(run, null) with { Stopped = true };
        }

        // What comes after the stages is timed too: at 100,000 papers it was a tenth of a nightly build.
        var after = new StepTimer();
        after.Time("data", () => DataExport.Run(content.Digest, run.Diagnostics, writer, settings.Scale));
        var written = after.Time("publish", writer.Finish);
        // Caches are written here only, once the site is published: a failed build leaves them as they were.
        after.Time("caches", () =>
        {
            foreach (var update in content.CacheUpdates.Concat(rendered.CacheUpdates).Concat(searchUpdates))
            {
                update.Write();
            }

            PaperIdHistory.Save(settings.EffectiveCacheDirectory, content.IdHistory);
            if (content.TopicMemory is { } topicMemory)
            {
                TopicHistory.Save(settings.EffectiveCacheDirectory, topicMemory);
            }

            FirstSeenDates.Save(settings.EffectiveCacheDirectory, content.FirstSeen);
        });
        reporter.Note($"{written.Written} files written, {written.Unchanged} unchanged, {written.Removed} stale removed");
        reporter.Note(after.Summary("after the stages"));
        reporter.Note(GarbageCollections(run));
        return content.Report(run, written);
    }

    /// <summary>
    /// What the collector cost the build, for the log: a full collection of a 1.5 GB heap takes about a second on the
    /// bench's machine, and one set off by a large array can land in any stage.
    /// </summary>
    private static string GarbageCollections(StageRunner run) => string.Create(CultureInfo.InvariantCulture,
        $"garbage collection: {GC.CollectionCount(GC.MaxGeneration)} full ({run.Collections} forced between stages), {GC.CollectionCount(0)} in all, {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused");

    /// <summary>
    /// Ingest, merge, curate and rank, and the theme's templates parsed, reporting problems and writing nothing: no site,
    /// no cache. Merge goes without the model (opening it converts the model into the cache), so grey-zone abstracts
    /// are judged by their text, as in a build without the model installed.
    /// </summary>
    public static BuildReport Check(BuildSettings settings, IBuildReporter reporter)
    {
        var run = new StageRunner(reporter);
        var content = Prepare(settings, run, compute: false, afterIngest: () => { });
        var (_, themeProblems) = ThemeTemplates.Load(Path.Combine(settings.ThemeDirectory, "templates"));
        run.Problems(themeProblems);
        return content.Report(run, null);
    }

    /// <param name="afterIngest">Started once the dumps are read, before merge: what may run beside the stages after ingest.</param>
    private static PreparedContent Prepare(BuildSettings settings, StageRunner run, bool compute, Action afterIngest)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var parsedDumps = new ParsedDumpCache(settings.EffectiveCacheDirectory);
        // One model for the whole build, held by the steps that embed (merge's grey-zone abstracts, compute's papers), never
        // by merge. Opening it reads its vocabulary and the package's hash (hashing its 28 MB only when a file moved), none of
        // which depends on the input: that runs beside ingest, off the build's serial path (docs/bench.md, "Small sites").
        var opening = compute ? Task.Run(() => EmbeddingSession.Open(settings)) : Task.FromResult(EmbeddingSession.WithoutModel);
        var dumps = run.Time("ingest", () =>
        {
            var parsed = InputReader.ReadDumps(settings.InputDirectory)
                .AsParallel().AsOrdered()
                .Select(file => parsedDumps.Parse(file, settings.AsOf))
                .ToList();
            var reused = parsedDumps.Reused > 0 ? $" ({parsedDumps.Reused} files as parsed before: unchanged)" : string.Empty;
            return (parsed, $"{parsed.Count} files{reused}, {parsed.Sum(dump => dump.Records.Length)} records");
        });
        afterIngest();
        dumps.ForEach(dump => diagnostics.AddRange(dump.Diagnostics));

        using var embedding = opening.GetAwaiter().GetResult();
        var files = dumps.Select(dump => new FileReport(dump.File, dump.Shape, dump.Records.Length)).ToImmutableArray();
        if (embedding.Failure is { } failure)
        {
            run.Problems([failure]);
            return new PreparedContent(new Digest(settings.AsOf, [], [], []), files) { Stopped = true };
        }

        var (publishedIds, idProblem) = PaperIdHistory.Load(settings.EffectiveCacheDirectory);
        if (idProblem is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.PaperIdHistoryUnreadable, Path.Combine(settings.EffectiveCacheDirectory, PaperIdHistory.FileName), 0, idProblem,
                "nothing to do: the file is rewritten by the next successful build"));
        }

        var matchKeys = new MatchKeyCache(settings.EffectiveCacheDirectory, parsedDumps.EntryNameOf);
        var merged = run.Time("merge", () =>
        {
            // Merge's parts go to the build log, as compute's steps do: merge is a large part of a nightly.
            var steps = new StepTimer();
            var result = MergeWithVectors.Run(dumps, MergeOptions.TextOnly with { PublishedIds = publishedIds, AsOf = settings.AsOf }, embedding.Embedder, settings.EffectiveCacheDirectory, run.Reporter.Note, steps, matchKeys);
            run.Reporter.Note(steps.Summary("merge steps") + $" ({matchKeys.Reused} of {dumps.Count} files' title keys and fingerprints as made before)");
            return (result, $"{result.Papers.Length} papers, {result.Authors.Length} authors");
        });
        diagnostics.AddRange(merged.Diagnostics);
        var computed = new ComputeResult([], [], [], []);
        if (compute)
        {
            computed = run.Time("compute", () =>
            {
                var result = ComputeStage.Run(merged.Papers, settings.AsOf, embedding.ComputeSettings(settings));
                return (result, $"{result.Topics.Length} topics");
            });
            foreach (var note in computed.Notes)
            {
                run.Reporter.Note(note);
            }

            diagnostics.AddRange(computed.Diagnostics);
        }

        // After the steps that embed: the model is opened only when one of them had a text to embed, and says so then.
        foreach (var note in embedding.Notes)
        {
            run.Reporter.Note(note);
        }

        var curated = run.Time("curate", () =>
        {
            var overrides = InputReader.ReadOverrides(settings.InputDirectory);
            var result = ApplyOverrides.Run(merged.Papers, computed.Placements, merged.Authors, computed.Topics, overrides, merged.FormerIds);
            return (result, $"{overrides.Count} override files");
        });
        diagnostics.AddRange(curated.Diagnostics);
        var digest = curated.Join(settings.AsOf, merged.Papers, computed.Placements);

        var ranked = run.Time("rank", () =>
        {
            var (history, problem) = FirstSeenDates.Load(settings.EffectiveCacheDirectory);
            if (problem is not null)
            {
                run.Reporter.Note(problem);
            }

            var result = RankPapers.Run(digest, history);
            return (result, $"{result.Ranks.Values.Count(rank => rank.Trending.IsTrending)} trending, {result.Ranks.Values.Count(rank => rank.FirstSeen == settings.AsOf)} first seen {settings.AsOf:yyyy-MM-dd}");
        });

        run.Problems(diagnostics);
        return new PreparedContent(digest.Ranked(ranked.Ranks), files) { IdHistory = merged.IdHistory, TopicMemory = computed.TopicMemory, FirstSeen = ranked.FirstSeen, CacheUpdates = [parsedDumps.Update(), matchKeys.Update(), .. computed.CacheUpdates] };
    }

    private sealed record PreparedContent(Digest Digest, ImmutableArray<FileReport> Files)
    {
        /// <summary>An error means the build cannot do what was asked: nothing after ingest ran.</summary>
        public bool Stopped { get; init; }

        /// <summary>The paper ids to remember once the site is published.</summary>
        public ImmutableArray<PublishedId> IdHistory { get; init; } = [];

        /// <summary>The topics to remember once the site is published; null when compute did not run or found none.</summary>
        public TopicMemory? TopicMemory { get; init; }

        /// <summary>The cache files compute wants rewritten once the site is published.</summary>
        public ImmutableArray<CacheUpdate> CacheUpdates { get; init; } = [];

        /// <summary>Every paper's first-seen date, saved after a build for the next one.</summary>
        public ImmutableSortedDictionary<string, DateOnly> FirstSeen { get; init; } = ImmutableSortedDictionary<string, DateOnly>.Empty;

        public BuildReport Report(StageRunner run, WriteSummary? written) =>
            new(Files, Digest.Papers.Length, Digest.Authors.Length, Digest.Topics.Length, run.Diagnostics, run.Timings, written) { Stopped = Stopped };
    }
}
