using System.Globalization;
using DigestGen.Model;
using DigestGen.Pipeline;
using Spectre.Console;

namespace DigestGen.Cli;

/// <summary>Prints stage lines, problems and the final summary. Plain text when output is redirected.</summary>
public sealed class ConsoleReporter(IAnsiConsole console) : IBuildReporter
{
    /// <summary>Problems beyond this many are counted in the summary but not printed one by one.</summary>
    private const int MaxProblemsShown = 50;
    private int problemsShown;

    public void StageFinished(StageTiming timing, string summary) =>
        console.MarkupLine($"[grey]{timing.Stage,-8}[/] {Markup.Escape(summary)} [grey]({timing.Elapsed.TotalSeconds:0.00} s)[/]");

    public void Problem(Diagnostic diagnostic)
    {
        if (++problemsShown > MaxProblemsShown)
        {
            return;
        }

        var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
        console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
    }

    public void Note(string message) => console.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    public void Summary(BuildReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("input file", "shape", "records");
        foreach (var file in report.Files)
        {
            table.AddRow(Markup.Escape(file.File), file.Shape is { } shape ? shape.Name() : "[red]skipped[/]", file.Records.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (problemsShown > MaxProblemsShown)
        {
            console.MarkupLine($"[grey]… and {problemsShown - MaxProblemsShown} more problems (all are in data/problems.json)[/]");
        }

        console.MarkupLine(
            $"[bold]{report.Papers}[/] papers, [bold]{report.Authors}[/] authors, [bold]{report.Topics}[/] topics; " +
            $"{Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
