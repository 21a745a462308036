using System.Collections.Immutable;
using System.Diagnostics;
using DigestGen.Compute;
using DigestGen.Model;

namespace DigestGen.Pipeline;

/// <summary>Runs a stage, timing it and reporting one summary line; the one door every problem goes through, so each is printed and counted.</summary>
/// <param name="releaseAboveBytes">The heap a stage may leave without a collection (<see cref="ReleaseAboveBytes"/>).</param>
/// <param name="releaseAfterGrowthBytes">How much a stage must have added to the heap since the last collection for another to pay (<see cref="ReleaseAfterGrowthBytes"/>).</param>
internal sealed class StageRunner(IBuildReporter reporter, long releaseAboveBytes = StageRunner.ReleaseAboveBytes, long releaseAfterGrowthBytes = StageRunner.ReleaseAfterGrowthBytes)
{
    private readonly ImmutableArray<StageTiming>.Builder timings = ImmutableArray.CreateBuilder<StageTiming>();
    private readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private long heapAfterCollection;

    public IBuildReporter Reporter => reporter;

    public ImmutableArray<StageTiming> Timings => timings.ToImmutable();

    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.ToImmutable();

    /// <summary>The full collections this runner made after stages.</summary>
    internal int Collections { get; private set; }

    public void Problems(IEnumerable<Diagnostic> problems)
    {
        foreach (var problem in problems)
        {
            diagnostics.Add(problem);
            reporter.Problem(problem);
        }
    }

    public T Time<T>(string stage, Func<(T Result, string Summary)> work)
    {
        var (result, summary, elapsed) = Timed(() =>
        {
            var done = work();
            ReleaseGarbage();
            return done;
        });
        Finished(stage, elapsed, summary);
        return result;
    }

    /// <summary>
    /// Runs two stages that read the same input and write different files; <paramref name="together"/>, the second on
    /// another thread while the first runs here. Each is timed on its own (together, their times overlap) and both are
    /// reported in order, from this thread, once both are done. The pair ends the stages: what follows (publishing,
    /// caches) allocates little, so no collection follows the second stage (at 100,000 papers one took about a second).
    /// </summary>
    public (T1 First, T2 Second) TimeBoth<T1, T2>(
        string firstStage, Func<(T1 Result, string Summary)> firstWork, string secondStage, Func<(T2 Result, string Summary)> secondWork, bool together)
    {
        if (!together)
        {
            var firstResult = Time(firstStage, firstWork);
            var (secondResult, secondSummary, secondElapsed) = Timed(secondWork);
            Finished(secondStage, secondElapsed, secondSummary);
            return (firstResult, secondResult);
        }

        // The second stage writes through the same writer as the first, which a failure discards: SideBySide lets it finish first.
        var (first, secondDone) = SideBySide.Run(() => Timed(firstWork), () => Timed(secondWork));
        Finished(firstStage, first.Elapsed, first.Summary);
        Finished(secondStage, secondDone.Elapsed, secondDone.Summary);
        return (first.Result, secondDone.Result);
    }

    /// <summary>
    /// Heap left by a stage above which the stage ends with a full, compacting collection, so the next stage allocates
    /// into the space its garbage took. A stage's garbage (merge's indexes, compute's matrices, render's views)
    /// otherwise waits in the oldest generation while the next stage allocates on top of it: at 100,000 papers each
    /// stage ended with 150–400 MB more resident than it held, and curate, rank and search peaked over it. A site of
    /// 10,000 papers stays below it.
    /// </summary>
    internal const long ReleaseAboveBytes = 768L << 20;

    /// <summary>
    /// A stage that added less than this to the heap since the last collection ends without one: a full collection
    /// costs in proportion to what is alive (about a second at 100,000 papers), and after curate it freed 5 MB.
    /// </summary>
    internal const long ReleaseAfterGrowthBytes = 128L << 20;

    private void ReleaseGarbage()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        if (heap > releaseAboveBytes && heap - heapAfterCollection >= releaseAfterGrowthBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Collections++;
            heapAfterCollection = GC.GetTotalMemory(forceFullCollection: false);
        }
    }

    private static (T Result, string Summary, TimeSpan Elapsed) Timed<T>(Func<(T Result, string Summary)> work)
    {
        var clock = Stopwatch.StartNew();
        var (result, summary) = work();
        return (result, summary, clock.Elapsed);
    }

    private void Finished(string stage, TimeSpan elapsed, string summary)
    {
        var timing = new StageTiming(stage, elapsed);
        timings.Add(timing);
        reporter.StageFinished(timing, summary);
    }
}
