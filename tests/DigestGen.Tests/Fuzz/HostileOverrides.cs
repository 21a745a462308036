using System.Text;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// One hostile override file per seed: every key (and unknown ones) with values of the wrong YAML type, unsafe and
/// obfuscated URLs, YAML anchors, aliases and bombs, deep nesting, and a markdown note with script links, autolinks,
/// reference links, images, raw HTML, deep nesting and hostile math. The same seed always gives the same bytes.
/// </summary>
internal static class HostileOverrides
{
    private static readonly string[] Keys =
        ["paper", "title", "new-title", "authors", "date", "venue", "code", "topic", "tags", "pin", "hide", "label", "description", "id", "url", "New_Title", "unknown-key", "note"];

    private static readonly string[] UnsafeUrls =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)",
        "javascript&colon;alert(1)", "&#106;avascript:alert(1)", "%6Aavascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x", "javascript://%0Aalert(1)", "jav&#x09;ascript:alert(1)", "https://ok.example/\"onmouseover=\"alert(1)",
    ];

    private static readonly string[] WrongValues =
    [
        "[a, b, [c, d]]", "{x: 1, y: [2]}", "123", "-1", "1e999", ".inf", "true", "false", "null", "~", "\"\"", "''", "!!binary aGk=",
        "!!python/object/apply:os.system [ls]", "2026-13-45", "0x1F", "|\n  block\n  scalar", ">\n  folded", "\"\\u202eevil\\u0000\"", "'it''s'",
        "*undefined_alias", "&anchor value", "? complex key", "- a\n- b", "@reserved", "`backtick`", "%TAG", "\"unterminated",
    ];

    private static readonly string[] NoteSnippets =
    [
        "[click](javascript:alert(1))", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>", "<data:text/html,<script>alert(1)</script>>",
        "[x][ref]\n\n[ref]: javascript:alert(1)", "![img](javascript:alert(1))", "![img](data:image/svg+xml,<svg onload=alert(1)>)",
        "<a href=\"javascript:alert(1)\">raw</a>", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<iframe src=\"javascript:alert(1)\"></iframe>",
        "[a](java\tscript:alert(1))", "[a](&#106;avascript:alert(1))", "[a]( javascript:alert(1) )", "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "$\\href{javascript:alert(1)}{x}$", "$$\\def\\a{\\a\\a}\\a$$", "$\\htmlData{x=1}{y}$", "{{ site.title }}", "<style>*{display:none}</style>",
        "https://ok.example/?q=<script>", "www.example.com/javascript:alert(1)", "[a](<javascript:alert(1)>)",
    ];

    /// <summary>The file's bytes and a one-line account of what is in it, for the failure report.</summary>
    public static (byte[] Bytes, string Description) Make(int seed, IReadOnlyList<string> titles)
    {
        var random = new Random(seed);
        var steps = new List<string>();
        var text = new StringBuilder("---\n");
        if (random.Next(3) > 0)
        {
            text.Append("title: \"").Append(titles[random.Next(titles.Count)].Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
            steps.Add("addresses a clean paper by title");
        }

        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var key = Keys[random.Next(Keys.Length)];
            var value = random.Next(5) switch
            {
                0 => UnsafeUrls[random.Next(UnsafeUrls.Length)],
                1 => YamlBomb(random, steps),
                2 => new string('[', random.Next(50, 5000)) + new string(']', random.Next(0, 100)),
                3 => new string('x', random.Next(10_000, 200_000)),
                _ => WrongValues[random.Next(WrongValues.Length)],
            };
            var quoted = value.Contains('\n', StringComparison.Ordinal) || random.Next(2) == 0 ? value : $"\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
            text.Append(key).Append(": ").Append(quoted).Append('\n');
            steps.Add($"{key}: {Shorten(quoted)}");
        }

        if (random.Next(10) > 0)
        {
            text.Append("---\n");
        }
        else
        {
            steps.Add("front matter never closed");
        }

        text.Append(Note(random, steps));
        var bytes = random.Next(8) switch
        {
            0 => Encoding.Latin1.GetBytes(text.ToString()),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text.ToString())],
            2 => Encoding.UTF8.GetBytes(text.ToString().ReplaceLineEndings("\r\n")),
            _ => Encoding.UTF8.GetBytes(text.ToString()),
        };
        return (bytes, string.Join("; ", steps));
    }

    /// <summary>Anchors and aliases that expand exponentially ("billion laughs"), used as one key's value.</summary>
    private static string YamlBomb(Random random, List<string> steps)
    {
        var levels = random.Next(3, 10);
        steps.Add($"YAML bomb of {levels} levels");
        var bomb = new StringBuilder("\n  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < levels; level++)
        {
            bomb.Append("  - &l").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat($"*l{level - 1}", 9)).Append("]\n");
        }

        return bomb.ToString().TrimEnd('\n');
    }

    private static string Note(Random random, List<string> steps)
    {
        var note = new StringBuilder();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            var snippet = NoteSnippets[random.Next(NoteSnippets.Length)];
            note.Append(snippet).Append("\n\n");
            steps.Add($"note: {Shorten(snippet)}");
        }

        if (random.Next(4) == 0)
        {
            var depth = random.Next(100, 20_000);
            var (name, nested) = random.Next(5) switch
            {
                0 => ("block quotes", new StringBuilder().Insert(0, "> ", depth).Append("deep").ToString()),
                1 => ("list items", string.Concat(Enumerable.Range(0, Math.Min(depth, 2000)).Select(level => new string(' ', level * 2) + "- item\n"))),
                2 => ("brackets", new string('[', depth) + "x" + new string(']', depth)),
                3 => ("emphasis", new string('*', depth) + "x" + new string('*', depth)),
                _ => ("links in links", new StringBuilder().Insert(0, "[a", depth).Append(new StringBuilder().Insert(0, "](https://x.example)", depth)).ToString()),
            };
            note.Append(nested).Append('\n');
            steps.Add($"note: {depth} nested {name}");
        }

        if (random.Next(6) == 0)
        {
            var words = random.Next(20_000, 200_000);
            note.Insert(0, "a **long** note ", words / 3);
            steps.Add($"note of {words / 3 * 16:N0} characters");
        }

        return note.ToString();
    }

    private static string Shorten(string text) => (text.Length > 60 ? text[..60] + "…" : text).ReplaceLineEndings(" ");
}
