using System.Globalization;
using System.Runtime.InteropServices;

namespace DigestGen.Output;

/// <summary>
/// Which folder a path names, as the file system tells it: its inode and birth time (Linux <c>statx</c>). A folder
/// deleted and made again, or replaced by a copy (<c>cp -a</c> keeps write times, not these), has another. .NET's
/// creation time on Linux is the change time, which every file added to the folder moves, so it cannot tell.
/// </summary>
internal static class FolderIdentity
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint InodeAndBirth = 0x100 | 0x800; // STATX_INO | STATX_BTIME

    /// <summary>The folder's identity, or null where the system does not tell it (then nothing is known to be the same folder).</summary>
    public static string? Of(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var status = new byte[256]; // struct statx
        try
        {
            if (Statx(CurrentFolder, [.. System.Text.Encoding.UTF8.GetBytes(folder), 0], 0, InodeAndBirth, status) != 0 || (BitConverter.ToUInt32(status, 0) & InodeAndBirth) != InodeAndBirth)
            {
                return null;
            }
        }
        catch (Exception missing) when (missing is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a C library older than statx (glibc 2.28): the site is walked, as before
        }

        var inode = BitConverter.ToUInt64(status, 32);
        var bornSeconds = BitConverter.ToInt64(status, 80);
        var bornNanoseconds = BitConverter.ToUInt32(status, 88);
        return string.Create(CultureInfo.InvariantCulture, $"{inode}:{bornSeconds}.{bornNanoseconds:D9}");
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = false)]
    private static extern int Statx(int folderHandle, byte[] utf8Path, int flags, uint mask, [Out] byte[] status);
}
