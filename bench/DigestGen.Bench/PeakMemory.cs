namespace DigestGen.Bench;

/// <summary>
/// This process's peak resident memory (Linux VmHWM). <see cref="Reset"/> restarts the peak from the current
/// resident size (writing 5 to /proc/self/clear_refs), which lets each pipeline stage have its own peak.
/// </summary>
internal static class PeakMemory
{
    public static long Bytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }

    /// <summary>Returns false where the kernel refuses (then peaks are cumulative, which the report says).</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
