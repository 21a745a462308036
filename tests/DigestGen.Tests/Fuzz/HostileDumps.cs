using System.Text;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// One hostile dump per seed: real corpus papers written in a random dump shape (or a slice of a seed dump, or two
/// shapes run together), then damaged the ways scraped text is: control bytes and bidi marks, markup and script
/// links, hostile TeX, huge lines, lost or shuffled lines, another encoding (UTF-16 with and without BOM, Latin-1),
/// invalid UTF-8, flipped bits and a cut-off end. The same seed always gives the same bytes.
/// </summary>
internal static class HostileDumps
{
    private static readonly string[] ControlCharacters =
        ["\0", "\u0001", "\b", "\u000b", "\f", "\u001b", "\u001b[31m", "\u007f", "\r", "\u0085", "\u200b", "\u202e", "\u2066", "\u2028", "\ufeff", "\ufffd", "\ud83d\ude00"];

    private static readonly string[] HostileSnippets =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))", "<javascript:alert(1)>", "<data:text/html;base64,PHNjcmlwdD4=>", "]]></title><x>", "&amp;&lt;&#0;&#xD800;",
        "$\\href{javascript:alert(1)}{x}$", "$\\url{javascript:alert(1)}$", "$x^{" + new string('{', 300) + "$", "$$\\def\\a{\\a\\a}\\a$$", "$\\htmlClass{x}{y}$",
        "{{ 1 + 1 }}", "{% include 'x' %}", "\"}]},{\"id\":\"x", "Code", "84.7MLApr 23", "Abstract:", "### preprints", "- arXiv",
    ];

    /// <summary>The dump's bytes and a one-line account of what was done, for the failure report.</summary>
    public static (byte[] Bytes, string Description) Make(int seed)
    {
        var random = new Random(seed);
        var steps = new List<string>();
        var text = BaseText(random, steps);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            text = MutateText(random, text, steps);
        }

        var bytes = Encode(random, text, steps);
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            bytes = MutateBytes(random, bytes, steps);
        }

        return (bytes, string.Join(", ", steps));
    }

    private static string BaseText(Random random, List<string> steps)
    {
        var material = FuzzSite.Material;
        var papers = Enumerable.Range(0, random.Next(1, 7)).Select(_ => material[random.Next(material.Count)]).ToList();
        var year = FuzzSite.AsOf.Year;
        var (name, text) = random.Next(7) switch
        {
            0 => ("feed", CorpusDumpWriter.PaperFeed(papers, year)),
            1 => ("trending list", CorpusDumpWriter.TrendingList(papers)),
            2 => ("abstract listing", CorpusDumpWriter.AbstractListing(papers)),
            3 => ("publication list", CorpusDumpWriter.PublicationList(papers)),
            4 => ("profile page", CorpusDumpWriter.ProfilePage(CorpusDumpWriter.ProfileStatsFor(papers[0].Authors[0], papers), papers, year)),
            5 => SeedSlice(random),
            _ => ("feed and trending list run together", CorpusDumpWriter.PaperFeed(papers, year) + "\n" + CorpusDumpWriter.TrendingList(papers)),
        };
        steps.Add($"{name} of {papers.Count} papers");
        return text;
    }

    private static (string, string) SeedSlice(Random random)
    {
        var seeds = Directory.GetFiles(RepoPaths.Input, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var file = seeds[random.Next(seeds.Length)];
        var lines = File.ReadAllLines(file);
        var length = random.Next(1, Math.Min(lines.Length, 60) + 1);
        var start = random.Next(0, lines.Length - length + 1);
        return ($"lines {start + 1}–{start + length} of {Path.GetFileName(file)}", string.Join('\n', lines[start..(start + length)]));
    }

    private static string MutateText(Random random, string text, List<string> steps)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(8))
        {
            case 0:
                var control = ControlCharacters[random.Next(ControlCharacters.Length)];
                var times = random.Next(1, 20);
                for (var i = 0; i < times; i++)
                {
                    text = text.Insert(random.Next(text.Length + 1), control);
                }

                steps.Add($"{times}× U+{char.ConvertToUtf32(control, 0):X4} inserted");
                return text;
            case 1:
                var snippet = HostileSnippets[random.Next(HostileSnippets.Length)];
                steps.Add($"'{snippet}' inserted at {at}");
                return text.Insert(at, snippet);
            case 2:
                var length = random.Next(4) == 0 ? random.Next(1_000_000, 1_300_000) : random.Next(1_000, 50_000);
                var word = random.Next(2) == 0 ? "lorem " : "x";
                steps.Add($"a line of {length:N0} characters ('{word.Trim()}…') inserted");
                return text.Insert(at, "\n" + new StringBuilder(length).Insert(0, word, length / word.Length) + "\n");
            case 3:
                var lines = text.Split('\n').ToList();
                var removed = random.Next(1, Math.Max(2, lines.Count / 3));
                for (var i = 0; i < removed && lines.Count > 1; i++)
                {
                    lines.RemoveAt(random.Next(lines.Count));
                }

                steps.Add($"{removed} lines removed");
                return string.Join('\n', lines);
            case 4:
                steps.Add("lines shuffled");
                return string.Join('\n', text.Split('\n').OrderBy(_ => random.Next()));
            case 5:
                steps.Add("CRLF line ends");
                return text.ReplaceLineEndings("\r\n");
            case 6:
                steps.Add("text doubled");
                return text + "\n" + text;
            default:
                var cut = random.Next(text.Length + 1);
                steps.Add($"text cut at character {cut}");
                return text[..cut];
        }
    }

    private static byte[] Encode(Random random, string text, List<string> steps)
    {
        var (name, bytes) = random.Next(10) switch
        {
            0 => ("UTF-16LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            1 => ("UTF-16LE without BOM", Encoding.Unicode.GetBytes(text)),
            2 => ("UTF-16BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]),
            3 => ("UTF-16BE without BOM", Encoding.BigEndianUnicode.GetBytes(text)),
            4 => ("Latin-1", Encoding.Latin1.GetBytes(text)),
            5 => ("UTF-8 with BOM", (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]),
            _ => ("UTF-8", Encoding.UTF8.GetBytes(text)),
        };
        steps.Add(name);
        return bytes;
    }

    private static byte[] MutateBytes(Random random, byte[] bytes, List<string> steps)
    {
        var list = bytes.ToList();
        switch (random.Next(4))
        {
            case 0 when list.Count > 0:
                var flips = random.Next(1, 16);
                for (var i = 0; i < flips; i++)
                {
                    var at = random.Next(list.Count);
                    list[at] ^= (byte)(1 << random.Next(8));
                }

                steps.Add($"{flips} bits flipped");
                break;
            case 1:
                byte[][] invalid = [[0xC3], [0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00, 0x00]];
                var sequence = invalid[random.Next(invalid.Length)];
                var where = random.Next(list.Count + 1);
                list.InsertRange(where, sequence);
                steps.Add($"bytes {Convert.ToHexString(sequence)} inserted at {where}");
                break;
            case 2:
                var keep = random.Next(list.Count + 1);
                list.RemoveRange(keep, list.Count - keep);
                steps.Add($"cut at byte {keep}");
                break;
            default:
                var noise = new byte[random.Next(1, 64)];
                random.NextBytes(noise);
                var position = random.Next(list.Count + 1);
                list.InsertRange(position, noise);
                steps.Add($"{noise.Length} random bytes inserted at {position}");
                break;
        }

        return [.. list];
    }
}
