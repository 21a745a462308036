using System.Runtime.InteropServices;

namespace DigestGen.Bench;

/// <summary>What the numbers were measured on: cores, memory, CPU model, OS and tool versions.</summary>
internal sealed record MachineInfo(int Cores, long MemoryBytes, string CpuModel, string OperatingSystem, string DotNet, string? Hugo, string? Node)
{
    public static MachineInfo Describe() => new(
        int.Parse(TimedProcess.Query("nproc") ?? Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
        MemTotal(),
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown",
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        TimedProcess.Query("hugo", "version"),
        TimedProcess.Query("node", "--version"));

    /// <summary>The 1, 5 and 15 minute load averages, e.g. "1.02 0.80 0.55".</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static long MemTotal()
    {
        var line = File.ReadLines("/proc/meminfo").First(line => line.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
