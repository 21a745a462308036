using System.Text;

namespace DigestGen.Tests.Support;

/// <summary>
/// Approved output kept under tests/DigestGen.Tests/Fixtures/. A mismatch fails with the first differing lines;
/// run the tests with DIGESTGEN_APPROVE=1 to accept the new output (then review the diff in git).
/// </summary>
public static class GoldenFile
{
    public static void Verify(string fixturePath, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Fixtures", fixturePath);
        if (Environment.GetEnvironmentVariable("DIGESTGEN_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No approved file {path}. Run the tests with DIGESTGEN_APPROVE=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual.ReplaceLineEndings("\n"))
        {
            Assert.Fail($"{fixturePath} differs from the approved file (DIGESTGEN_APPROVE=1 accepts the new output):\n{Diff(expected, actual)}");
        }
    }

    /// <summary>The first differing line with two lines of context on either side.</summary>
    public static string Diff(string expected, string actual)
    {
        var want = expected.ReplaceLineEndings("\n").Split('\n');
        var got = actual.ReplaceLineEndings("\n").Split('\n');
        var first = 0;
        while (first < want.Length && first < got.Length && want[first] == got[first])
        {
            first++;
        }

        var text = new StringBuilder();
        for (var i = Math.Max(0, first - 2); i < first; i++)
        {
            text.Append("  ").Append(i + 1).Append(": ").AppendLine(want[i]);
        }

        for (var i = first; i < Math.Min(want.Length, first + 3); i++)
        {
            text.Append("- ").Append(i + 1).Append(": ").AppendLine(want[i]);
        }

        for (var i = first; i < Math.Min(got.Length, first + 3); i++)
        {
            text.Append("+ ").Append(i + 1).Append(": ").AppendLine(got[i]);
        }

        return text.ToString();
    }
}
