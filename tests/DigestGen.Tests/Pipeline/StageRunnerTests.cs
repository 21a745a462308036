using DigestGen.Model;
using DigestGen.Pipeline;

namespace DigestGen.Tests.Pipeline;

/// <summary>
/// Render and search run side by side on a small site (<see cref="StageRunner.TimeBoth"/>): the second stage really runs
/// while the first does, both are reported in order from the calling thread, and a failing first stage waits for the
/// second before the failure goes on (both write through one writer, which a failed build discards).
/// </summary>
public sealed class StageRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Together_the_second_stage_runs_while_the_first_does_and_both_are_reported_in_order_from_the_calling_thread()
    {
        var reporter = new RecordingReporter();
        var run = new StageRunner(reporter);
        using var secondStarted = new ManualResetEventSlim();

        // The first stage finishes only once the second has started: run one after the other, it would wait in vain.
        var (first, second) = run.TimeBoth(
            "render", () => (secondStarted.Wait(Patience), "first"),
            "search", () => { secondStarted.Set(); return (Environment.CurrentManagedThreadId, "second"); },
            together: true);

        Assert.True(first, "the first stage never saw the second one start");
        Assert.NotEqual(Environment.CurrentManagedThreadId, second);
        Assert.Equal(["render: first", "search: second"], reporter.Stages);
        Assert.Equal([Environment.CurrentManagedThreadId], reporter.Threads.Distinct());
        Assert.Equal(["render", "search"], run.Timings.Select(timing => timing.Stage));
    }

    [Fact]
    public void Apart_the_second_stage_starts_once_the_first_has_finished()
    {
        var run = new StageRunner(new RecordingReporter());
        var firstDone = false;

        var (_, sawFirstDone) = run.TimeBoth(
            "render", () => { Thread.Sleep(50); firstDone = true; return (0, "first"); },
            "search", () => (Volatile.Read(ref firstDone), "second"),
            together: false);

        Assert.True(sawFirstDone);
    }

    [Fact]
    public void When_the_first_stage_fails_the_second_finishes_before_the_failure_goes_on_and_neither_is_reported()
    {
        var reporter = new RecordingReporter();
        var run = new StageRunner(reporter);
        using var secondStarted = new ManualResetEventSlim();
        var secondDone = false;

        var failure = Assert.Throws<InvalidOperationException>(() => run.TimeBoth<int, int>(
            "render", () => { secondStarted.Wait(Patience); throw new InvalidOperationException("template broke"); },
            "search", () => { secondStarted.Set(); Thread.Sleep(200); Volatile.Write(ref secondDone, true); return (0, "second"); },
            together: true));

        Assert.Equal("template broke", failure.Message);
        Assert.True(Volatile.Read(ref secondDone), "the failure went on while the second stage was still writing");
        Assert.Empty(reporter.Stages);
    }

    [Fact]
    public void A_failing_second_stage_fails_the_pair_with_its_own_exception()
    {
        var run = new StageRunner(new RecordingReporter());

        var failure = Assert.Throws<IOException>(() => run.TimeBoth<int, int>(
            "render", () => (1, "first"),
            "search", () => throw new IOException("disk full"),
            together: true));

        Assert.Equal("disk full", failure.Message);
    }

    // A stage that leaves more heap than the runner allows ends with a full collection, so the next stage allocates into
    // its garbage's space rather than on top of it (at 100,000 papers that set the build's peak memory).
    [Fact]
    public void A_stage_that_leaves_more_heap_than_allowed_ends_with_a_full_collection()
    {
        var run = new StageRunner(new RecordingReporter(), releaseAboveBytes: 0, releaseAfterGrowthBytes: 0);
        var before = GC.CollectionCount(GC.MaxGeneration);

        run.Time("merge", () => (0, "done"));

        Assert.Equal(1, run.Collections);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > before, "no full collection after the stage");
    }

    // A full collection costs in proportion to what is alive; after a stage that added little (curate) it freed nothing.
    [Fact]
    public void A_stage_that_added_little_since_the_last_collection_ends_without_another()
    {
        var run = new StageRunner(new RecordingReporter(), releaseAboveBytes: 0, releaseAfterGrowthBytes: 64L << 20);

        run.Time("merge", () => (new byte[96 << 20].Length, "a large heap"));
        run.Time("curate", () => (0, "nothing new"));
        var kept = run.Time("rank", () => (new byte[160 << 20], "grew again"));

        Assert.Equal(2, run.Collections);
        Assert.Equal(["merge: a large heap", "curate: nothing new", "rank: grew again"], ((RecordingReporter)run.Reporter).Stages);
        GC.KeepAlive(kept);
    }

    // The pair ends the stages: a collection after it would only delay publishing.
    [Fact]
    public void A_pair_run_one_after_the_other_collects_between_them_and_not_after()
    {
        var run = new StageRunner(new RecordingReporter(), releaseAboveBytes: 0, releaseAfterGrowthBytes: 0);

        var (first, second) = run.TimeBoth("render", () => (1, "pages"), "search", () => (2, "index"), together: false);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(1, run.Collections);
        Assert.Equal(["render: pages", "search: index"], ((RecordingReporter)run.Reporter).Stages);
    }

    private sealed class RecordingReporter : IBuildReporter
    {
        public List<string> Stages { get; } = [];

        public List<int> Threads { get; } = [];

        public void StageFinished(StageTiming timing, string summary)
        {
            Stages.Add($"{timing.Stage}: {summary}");
            Threads.Add(Environment.CurrentManagedThreadId);
        }

        public void Problem(Diagnostic diagnostic)
        {
        }

        public void Note(string message)
        {
        }
    }
}
