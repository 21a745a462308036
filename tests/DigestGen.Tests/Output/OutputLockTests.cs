using System.Diagnostics;
using DigestGen.Output;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Output;

public sealed class OutputLockTests
{
    [Fact]
    public void A_second_build_gives_up_after_its_wait_naming_the_holders_pid()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        using var holder = OutputLock.Acquire(site, TimeSpan.Zero, _ => { });

        var refused = Assert.Throws<OutputLockedException>(() => OutputLock.Acquire(site, TimeSpan.FromMilliseconds(300), _ => { }));

        Assert.Contains($"build pid {Environment.ProcessId} (started ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--lock-wait", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_build_waits_for_the_first_to_finish_then_takes_the_lock()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        var holder = OutputLock.Acquire(site, TimeSpan.Zero, _ => { });
        var waits = new List<string>();
        var release = Task.Run(() =>
        {
            Thread.Sleep(500);
            holder.Dispose();
        });

        using var second = OutputLock.Acquire(site, TimeSpan.FromSeconds(30), waits.Add);
        await release;

        Assert.Single(waits);
        Assert.Contains("waiting up to 30 s", waits[0], StringComparison.Ordinal);
        Assert.Null(second.TakenOver);
    }

    [Fact]
    public void The_lock_of_a_build_that_died_is_taken_over_with_a_note_naming_it()
    {
        using var work = new TempFolder();
        var site = work.Combine("site");
        using var finished = Process.Start(new ProcessStartInfo("true"))!;
        finished.WaitForExit();
        Directory.CreateDirectory(WorkFolder.For(site));
        File.WriteAllText(Path.Combine(WorkFolder.For(site), "owner"), $"{finished.Id} 2026-12-05T03:17:00.0000000Z");

        using var taken = OutputLock.Acquire(site, TimeSpan.Zero, _ => { });

        Assert.Equal($"took over the lock of build pid {finished.Id} (started 2026-12-05 03:17:00 UTC), which is no longer running", taken.TakenOver);
    }
}
