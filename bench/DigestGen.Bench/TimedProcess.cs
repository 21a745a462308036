using System.Diagnostics;
using System.Globalization;

namespace DigestGen.Bench;

/// <summary>Runs a command under GNU time (/usr/bin/time), which reports the child's wall time, CPU time and peak memory exactly.</summary>
internal static class TimedProcess
{
    public static ProcessMeasurement Run(string command, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, command, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            File.Delete(timeFile);
            return new ProcessMeasurement(limit.TotalSeconds, 0, 0, -1, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult()) { TimedOut = true };
        }

        var output = stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult();

        // GNU time writes "Command exited with non-zero status N" before its line when the command failed.
        var fields = File.ReadAllLines(timeFile).Last(line => line.Length > 0).Split(' ');
        File.Delete(timeFile);
        return new ProcessMeasurement(
            double.Parse(fields[0], CultureInfo.InvariantCulture),
            long.Parse(fields[1], CultureInfo.InvariantCulture) * 1024,
            double.Parse(fields[2], CultureInfo.InvariantCulture) + double.Parse(fields[3], CultureInfo.InvariantCulture),
            process.ExitCode,
            output);
    }

    /// <summary>Runs a tool and returns its standard output, or null when it is not installed or fails.</summary>
    public static string? Query(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            var output = process!.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
