using DigestGen.Compute;

namespace DigestGen.Tests.Compute;

public sealed class StepTimerTests
{
    [Fact]
    public void Steps_beside_each_other_run_at_once()
    {
        using var secondStarted = new ManualResetEventSlim();

        // Run one after the other, the first lane would wait its ten seconds for a lane that has not started.
        var (sawSecond, _) = new StepTimer().Beside(_ => secondStarted.Wait(TimeSpan.FromSeconds(10)), _ =>
        {
            secondStarted.Set();
            return 0;
        });

        Assert.True(sawSecond);
    }

    [Fact]
    public void A_lane_that_throws_returns_only_once_the_other_has_finished()
    {
        var secondFinished = false;

        Assert.Throws<InvalidOperationException>(() => new StepTimer().Beside<int, int>(
            _ => throw new InvalidOperationException("first lane failed"),
            _ =>
            {
                Thread.Sleep(200);
                Volatile.Write(ref secondFinished, true);
                return 0;
            }));
        Assert.True(Volatile.Read(ref secondFinished));
    }

    [Fact]
    public void Steps_beside_each_other_show_their_wall_times_and_the_pair_its_wall_and_CPU_time()
    {
        var steps = new StepTimer();
        steps.Time("before", () => 0);

        var (first, second) = steps.Beside(lane => lane.Time("a", () => 1), lane =>
        {
            lane.Time("b", () => 2);
            return lane.Time("c", () => 3);
        });

        Assert.Equal((1, 3), (first, second));
        Assert.Matches(@"^compute steps \(wall/CPU s\): before \d+\.\d\d/\d+\.\d\d, \(a \d+\.\d\d \| b \d+\.\d\d, c \d+\.\d\d\) \d+\.\d\d/\d+\.\d\d$", steps.Summary());
    }
}
