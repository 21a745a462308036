using System.Collections.Frozen;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Render.Text;

/// <summary>
/// Typesets every math expression of the site at build time with KaTeX, in one batched node process, so pages
/// need no JavaScript and do not shift when math appears. Results are cached by expression (and KaTeX version)
/// in the cache folder (<see cref="TypesetMathCache"/>, read before render) and handed back as a <see cref="CacheUpdate"/> for the pipeline to write. When node or KaTeX is missing, or KaTeX rejects an expression, the page shows the TeX
/// source instead: <see cref="Html"/> returns null for it, and <see cref="Refused"/> lists what KaTeX rejected.
/// Markup from KaTeX or the cache is used only after <see cref="KatexMarkup"/> verified it: the cache is a file,
/// and the pages write math as-is.
/// </summary>
public sealed partial class MathRenderer
{

    // Reads a JSON array of [tex, display] from stdin, writes a JSON array of HTML strings (null = KaTeX refused it).
    private const string BatchScript = """
        const katex = require(process.argv[1]);
        const output = process.argv[2];
        let input = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', chunk => input += chunk);
        process.stdin.on('end', () => {
          const out = JSON.parse(input).map(([tex, display]) => {
            try {
              return katex.renderToString(tex, { displayMode: display, throwOnError: true, output, strict: 'ignore', trust: false, maxExpand: 1000 });
            } catch (e) {
              return null;
            }
          });
          process.stdout.write(JSON.stringify(out));
        });
        """;

    private readonly FrozenDictionary<MathExpression, string?> rendered;

    private MathRenderer(FrozenDictionary<MathExpression, string?> rendered, string? problem, CacheUpdate? cacheUpdate = null, string? identity = null)
    {
        this.rendered = rendered;
        Problem = problem;
        CacheUpdate = cacheUpdate;
        Identity = identity;
    }

    /// <summary>
    /// What each expression's markup is a function of when KaTeX typeset (or refused) every one of them: its version and
    /// output. Null when it could not (not installed, failed), when an expression's markup depends on this build alone.
    /// </summary>
    public string? Identity { get; }

    /// <summary>The cache with what KaTeX typeset this time, for the pipeline to write once the site is published; null when nothing is new.</summary>
    public CacheUpdate? CacheUpdate { get; }

    /// <summary>Why math is shown as TeX source, when it is (node missing, KaTeX missing…); null when all went well.</summary>
    public string? Problem { get; }

    /// <summary>KaTeX's HTML for an expression, or null to show its source.</summary>
    public string? Html(MathExpression expression) => rendered.GetValueOrDefault(expression);

    public bool HasMath => rendered.Values.Any(html => html is not null);

    /// <summary>The expressions KaTeX was asked to typeset and could not (not those left unasked when KaTeX is missing).</summary>
    public IEnumerable<MathExpression> Refused => rendered.Where(pair => pair.Value is null).Select(pair => pair.Key);

    public static MathRenderer Render(IEnumerable<MathExpression> expressions, string? nodeModulesDirectory, string? cacheDirectory, MathOutput output) =>
        Render(expressions, TypesetMathCache.Load(nodeModulesDirectory, cacheDirectory, output));

    /// <summary>Typesets <paramref name="expressions"/> with what <paramref name="typeset"/> read (KaTeX's version, the cached math).</summary>
    public static MathRenderer Render(IEnumerable<MathExpression> expressions, TypesetMathCache typeset)
    {
        var wanted = expressions.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new MathRenderer(FrozenDictionary<MathExpression, string?>.Empty, null, identity: "no math");
        }

        if (typeset.KatexVersion is null)
        {
            return new MathRenderer(FrozenDictionary<MathExpression, string?>.Empty,
                $"KaTeX is not installed (looked in {typeset.KatexDirectory ?? "no node_modules folder"}); math is shown as TeX source. Run scripts/bootstrap.sh.");
        }

        var cache = typeset.Stored;
        var trusted = new Dictionary<string, string?>(StringComparer.Ordinal);
        // A refusal (null) is kept; markup counts as cached only when it verifies as KaTeX's. Verifying reads every
        // expression's markup (half of typesetting a 100,000-paper site from the cache), so it runs on every core.
        var verifiedCache = wanted.AsParallel().AsOrdered()
            .Select(expression => (Key: Key(expression), Found: cache.TryGetValue(Key(expression), out var html), Html: html))
            .Where(entry => entry.Found && (entry.Html is null || KatexMarkup.IsKatex(entry.Html)));
        foreach (var entry in verifiedCache)
        {
            trusted[entry.Key] = entry.Html;
        }

        var missing = wanted.Where(expression => !trusted.ContainsKey(Key(expression))).ToList();
        string? problem = null;
        CacheUpdate? update = null;
        if (missing.Count > 0)
        {
            var (html, failure) = RunKatex(typeset.KatexDirectory!, typeset.KatexOutput, missing);
            problem = failure;
            if (html is not null)
            {
                var grown = new Dictionary<string, string?>(cache, StringComparer.Ordinal);
                for (var i = 0; i < missing.Count; i++)
                {
                    var verified = html[i] is { } markup && KatexMarkup.IsKatex(markup) ? markup : null;
                    grown[Key(missing[i])] = verified;
                    trusted[Key(missing[i])] = verified;
                }

                update = typeset.UpdateWith(grown);
            }
        }

        var result = wanted.Where(expression => trusted.ContainsKey(Key(expression)))
            .ToFrozenDictionary(expression => expression, expression => trusted[Key(expression)]);
        return new MathRenderer(result, problem, update, problem is null ? $"KaTeX {typeset.KatexVersion} {typeset.KatexOutput}" : null);
    }

    private static string Key(MathExpression expression) => (expression.Display ? "D " : "I ") + expression.Tex;

    private static (string?[]? Html, string? Problem) RunKatex(string katexDirectory, string output, IReadOnlyList<MathExpression> expressions)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(BatchScript);
        start.ArgumentList.Add(Path.GetFullPath(katexDirectory));
        start.ArgumentList.Add(output);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
            {
                stdin.Write(JsonSerializer.Serialize(expressions.Select(e => new object[] { e.Tex, e.Display }), KatexJson.Default.IEnumerableObjectArray));
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return (null, $"KaTeX (node) failed with exit code {process.ExitCode}: {FirstLine(stderr.Result)}; math is shown as TeX source.");
            }

            var html = JsonSerializer.Deserialize(stdout.Result, KatexJson.Default.StringArray);
            return html?.Length == expressions.Count
                ? (html, null)
                : (null, "KaTeX (node) returned an unexpected answer; math is shown as TeX source.");
        }
        catch (Win32Exception)
        {
            return (null, "node is not installed, so math is shown as TeX source. Install Node.js 20+ and run scripts/bootstrap.sh.");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [JsonSerializable(typeof(IEnumerable<object[]>))]
    [JsonSerializable(typeof(string?[]))]
    [JsonSerializable(typeof(bool))]
    private sealed partial class KatexJson : JsonSerializerContext;
}
