using System.Text.Json;
using DigestGen.Cli;
using DigestGen.Model;
using DigestGen.Pipeline;
using Spectre.Console.Testing;

namespace DigestGen.Tests.Model;

public sealed class DumpShapeNamesTests
{
    [Fact]
    public void Every_shape_is_named_as_papers_json_writes_it()
    {
        foreach (var shape in Enum.GetValues<DumpShape>())
        {
            Assert.Equal(JsonSerializer.Serialize(shape), $"\"{shape.Name()}\"");
        }

        Assert.Equal("profile", DumpShape.ProfilePage.Name());
        Assert.Equal("override", DumpShape.Override.Name());
    }

    [Fact]
    public void The_build_summary_names_each_file_shape_the_same_way()
    {
        var console = new TestConsole();
        var report = new BuildReport([new FileReport("a.txt", DumpShape.PaperFeed, 3)], 0, 0, 0, [], [], null);
        new ConsoleReporter(console).Summary(report);
        Assert.Contains("│ feed ", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PaperFeed", console.Output, StringComparison.Ordinal);
    }
}
