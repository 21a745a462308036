using System.CommandLine;
using System.Globalization;
using DigestGen.Model;
using DigestGen.Pipeline;
using Spectre.Console;

namespace DigestGen.Cli;

/// <summary>
/// The command line: maps options to <see cref="BuildSettings"/> and calls the pipeline. No logic lives here.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args, IAnsiConsole console)
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder of dumps (and overrides/) to read", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var output = new Option<DirectoryInfo>("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => new DirectoryInfo("output") };
        var asOf = new Option<string?>("--as-of") { Description = "The digest's date, YYYY-MM-DD (default: today, UTC); dates without a year belong to it" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when the input had problems" };
        var theme = new Option<DirectoryInfo>("--theme") { Description = "Theme folder with templates/ and assets/", DefaultValueFactory = _ => new DirectoryInfo("theme") };
        var baseUrl = new Option<string>("--base-url") { Description = "Public root URL of the site, e.g. https://me.github.io/digest/", DefaultValueFactory = _ => "/" };
        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Cache folder for embeddings (default: <output>/.cache)" };
        var device = new Option<string>("--device") { Description = "Where embeddings run: cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        device.AcceptOnlyFromAmong("cpu", "cuda", "auto");
        var model = new Option<FileInfo?>("--model") { Description = "Your own transformer ONNX model (with --vocab) instead of the built-in one" };
        var vocab = new Option<FileInfo?>("--vocab") { Description = "Vocabulary file for --model" };
        var nodeModules = new Option<DirectoryInfo?>("--node-modules")
        {
            Description = $"The npm packages (KaTeX, lunr, the model); default: ${NodeModulesLocator.EnvironmentVariable}, else node_modules beside or above the tool, else above the input folder",
        };
        var lockWait = new Option<int>("--lock-wait") { Description = "Seconds to wait for another build into the same output folder to finish (default 60)", DefaultValueFactory = _ => 60 };

        var defaults = new ScaleLimits();
        var largeSite = new Option<int>("--large-site") { Description = $"Above this many papers a site leaves out what would not fit GitHub Pages' 1 GB (default {defaults.LargeSitePapers}; docs/bench.md)", DefaultValueFactory = _ => defaults.LargeSitePapers };
        var authorPageMin = new Option<int>("--author-page-min") { Description = $"On a large site, papers an author needs for a page of their own (default {defaults.LargeSiteAuthorPageMinPapers})", DefaultValueFactory = _ => defaults.LargeSiteAuthorPageMinPapers };
        var authorFeedMin = new Option<int>("--author-feed-min") { Description = $"On a large site, papers an author needs for a feed of their own (default {defaults.LargeSiteAuthorFeedMinPapers}; {defaults.AuthorFeedMinPapers} on smaller sites)", DefaultValueFactory = _ => defaults.LargeSiteAuthorFeedMinPapers };

        var build = new Command("build", "Build the site from the input folder into the output folder")
        {
            input, output, asOf, strict, theme, baseUrl, cache, device, model, vocab, nodeModules, lockWait, largeSite, authorPageMin, authorFeedMin,
        };
        var check = new Command("check", "Read the input and theme and report problems; writes nothing") { input, asOf, strict, theme };

        var root = new RootCommand("DigestGen: a static site of trending machine-learning papers, built from raw listing dumps") { build, check };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.MarkupLine($"[red]{Markup.Escape(error.Message)}[/]");
            }

            console.MarkupLine("Run [bold]digestgen --help[/] for usage.");
            return (int)ExitCode.Usage;
        }

        // --help and --version are the parser's own actions; unasked, `build --help` would build.
        if (parse.Action is not null)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            var code = parse.Invoke(new InvocationConfiguration { Output = text });
            console.Write(new Text(text.ToString()));
            return code;
        }

        if (parse.CommandResult.Command == build || parse.CommandResult.Command == check)
        {
            var isBuild = parse.CommandResult.Command == build;
            var settingsOrError = Settings(parse, input, output, asOf, theme, baseUrl, cache, device, model, vocab, nodeModules);
            if (settingsOrError.Error is { } message)
            {
                console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
                return (int)ExitCode.Usage;
            }

            var settings = settingsOrError.Settings! with
            {
                LockWait = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(lockWait))),
                Scale = defaults with
                {
                    LargeSitePapers = Math.Max(0, parse.GetValue(largeSite)),
                    LargeSiteAuthorPageMinPapers = Math.Max(1, parse.GetValue(authorPageMin)),
                    LargeSiteAuthorFeedMinPapers = Math.Max(1, parse.GetValue(authorFeedMin)),
                },
            };
            var reporter = new ConsoleReporter(console);
            BuildReport report;
            try
            {
                report = isBuild ? BuildPipeline.Build(settings, reporter) : BuildPipeline.Check(settings, reporter);
            }
            catch (Exception failure)
            {
                var (code, line) = Failure.Describe(failure);
                console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
                if (Failure.ShowsStackTrace)
                {
                    console.WriteLine(failure.ToString());
                }

                return (int)code;
            }

            reporter.Summary(report);
            if (report.Stopped)
            {
                return (int)ExitCode.BuildStopped;
            }

            var hadProblems = report.Errors + report.Warnings > 0;
            return parse.GetValue(strict) && hadProblems ? (int)ExitCode.InputProblems : (int)ExitCode.Ok;
        }

        return parse.Invoke();
    }

    private static (BuildSettings? Settings, string? Error) Settings(
        ParseResult parse,
        Option<DirectoryInfo> input,
        Option<DirectoryInfo> output,
        Option<string?> asOf,
        Option<DirectoryInfo> theme,
        Option<string> baseUrl,
        Option<DirectoryInfo?> cache,
        Option<string> device,
        Option<FileInfo?> model,
        Option<FileInfo?> vocab,
        Option<DirectoryInfo?> nodeModules)
    {
        var inputDir = parse.GetValue(input)!;
        if (!inputDir.Exists)
        {
            return (null, $"Input folder '{inputDir.FullName}' does not exist. Pass --input <folder> or create it with your dumps.");
        }

        var themeDir = parse.GetValue(theme)!;
        if (!themeDir.Exists)
        {
            return (null, $"Theme folder '{themeDir.FullName}' does not exist. Pass --theme <folder> or run from the repository root.");
        }

        var date = DateOnly.FromDateTime(DateTime.UtcNow);
        if (parse.GetValue(asOf) is { } text &&
            !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return (null, $"--as-of '{text}' is not a date like 2026-11-23.");
        }

        var modelFile = parse.GetValue(model);
        var vocabFile = parse.GetValue(vocab);
        if ((modelFile is null) != (vocabFile is null))
        {
            return (null, "--model and --vocab go together: pass both or neither.");
        }

        var outputDir = parse.GetValue(output)?.FullName ?? Path.GetFullPath("output");
        var cacheDir = parse.GetValue(cache)?.FullName;
        if (cacheDir is not null && IsSameOrInside(outputDir, cacheDir))
        {
            return (null, $"--cache '{cacheDir}' would hold the whole site; the cache must be a folder of its own (inside the output folder is fine, e.g. {Path.Combine(outputDir, ".cache")}).");
        }

        var url = parse.GetValue(baseUrl) ?? "/";
        return (new BuildSettings(
            inputDir.FullName,
            outputDir,
            date,
            themeDir.FullName,
            url.EndsWith('/') ? url : url + "/",
            cacheDir,
            parse.GetValue(device) ?? "auto",
            modelFile?.FullName,
            vocabFile?.FullName,
            parse.GetValue(nodeModules)?.FullName), null);
    }

    /// <summary>True when <paramref name="folder"/> is <paramref name="inner"/> or one of its parents.</summary>
    private static bool IsSameOrInside(string inner, string folder)
    {
        var relative = Path.GetRelativePath(folder, inner);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
