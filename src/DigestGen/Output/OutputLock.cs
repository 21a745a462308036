using System.Diagnostics;
using System.Globalization;

namespace DigestGen.Output;

/// <summary>
/// One build at a time per output folder. The lock is an operating-system lock on <c>lock</c> in the
/// <see cref="WorkFolder"/>, so it dies with its process (a killed build never blocks the next one); beside it,
/// <c>owner</c> names the holder's pid and start time for the message a second build prints. A second build waits up
/// to the given time, then gives up with <see cref="OutputLockedException"/>. The lock file itself stays: deleting it
/// while another build waits on it would let a third build lock a new file beside the second.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream handle;
    private readonly string ownerFile;

    private OutputLock(FileStream handle, string ownerFile, string? takenOver)
    {
        this.handle = handle;
        this.ownerFile = ownerFile;
        TakenOver = takenOver;
    }

    /// <summary>Set when a build that died left its owner note: whose lock this build took over, for the build notes.</summary>
    public string? TakenOver { get; }

    /// <param name="waiting">Told once, when another build holds the lock and this one starts to wait.</param>
    public static OutputLock Acquire(string outputDirectory, TimeSpan wait, Action<string> waiting)
    {
        var folder = WorkFolder.For(outputDirectory);
        Directory.CreateDirectory(folder);
        var lockFile = Path.Combine(folder, "lock");
        var ownerFile = Path.Combine(folder, "owner");
        var clock = Stopwatch.StartNew();
        for (var told = false; ; told = true)
        {
            var handle = TryLock(lockFile);
            var owner = Owner.Read(ownerFile);
            if (handle is not null && owner?.IsAnotherLiveProcess == true)
            {
                // Operating-system locks can be switched off (DOTNET_SYSTEM_IO_DISABLEFILELOCKING): the owner note still tells.
                handle.Dispose();
                handle = null;
            }

            if (handle is not null)
            {
                File.WriteAllText(ownerFile, Owner.Current.ToString());
                var takenOver = owner is null ? null : $"took over the lock of build pid {owner.Pid} (started {owner.StartedText}), which is no longer running";
                return new OutputLock(handle, ownerFile, takenOver);
            }

            var holder = owner is null ? "another build" : $"build pid {owner.Pid} (started {owner.StartedText})";
            if (clock.Elapsed >= wait)
            {
                throw new OutputLockedException(
                    $"{holder} is writing to {Path.GetFullPath(outputDirectory)}; gave up after waiting {wait.TotalSeconds:0} s. " +
                    "Wait for it to finish, or pass --lock-wait to wait longer.");
            }

            if (!told)
            {
                waiting($"{holder} is writing to this output folder; waiting up to {wait.TotalSeconds:0} s for it to finish");
            }

            Thread.Sleep(Poll);
        }
    }

    public void Dispose()
    {
        File.Delete(ownerFile);
        handle.Dispose();
    }

    /// <summary>FileShare.None takes an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.</summary>
    private static FileStream? TryLock(string lockFile)
    {
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(lockFile))
        {
            return null;
        }
    }

    private sealed record Owner(int Pid, DateTime StartedUtc)
    {
        public static Owner Current
        {
            get
            {
                using var self = Process.GetCurrentProcess();
                return new Owner(Environment.ProcessId, self.StartTime.ToUniversalTime());
            }
        }

        public string StartedText => StartedUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        /// <summary>Another process with this pid and this start time (a recycled pid starts later) is still running.</summary>
        public bool IsAnotherLiveProcess
        {
            get
            {
                if (Pid == Environment.ProcessId)
                {
                    return false;
                }

                try
                {
                    using var process = Process.GetProcessById(Pid);
                    return Math.Abs((process.StartTime.ToUniversalTime() - StartedUtc).TotalSeconds) < 1;
                }
                catch (Exception error) when (error is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    return false;
                }
            }
        }

        public static Owner? Read(string path)
        {
            try
            {
                var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 2
                    && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && DateTime.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var started)
                    ? new Owner(pid, started)
                    : null;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pid} {StartedUtc:O}");
    }
}

/// <summary>Another build holds the output folder's lock and did not finish in time: an environment failure, not a bug.</summary>
public sealed class OutputLockedException(string message) : IOException(message);
