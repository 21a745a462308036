using static DigestGen.Tests.Curate.SeedDigest;

namespace DigestGen.Tests.Curate;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Lines_count_from_the_top_of_the_file_past_comments_and_blank_lines()
    {
        var result = OverrideFiles.Apply(("c.md", $"""
            ---
            # Editor's pick for the December issue.

            paper: {AltUp}   # the AltUp paper

            date: 30 January 2023
            ---
            """));

        Assert.Equal("overrides/c.md(6): warning DG0404: 'date' must be a date like 2023-01-30, not '30 January 2023' (write the date as year-month-day with dashes)", result.Problems());
    }

    [Fact]
    public void An_unclosed_bracket_points_at_its_setting_not_at_the_closing_line()
    {
        var result = OverrideFiles.Apply(("y.md", $"---\npaper: {AltUp}\npin: true\ntags: [moe, efficiency\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0402", problem.Code);
        Assert.Equal(4, problem.Line);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Settings_nested_too_deeply_for_the_yaml_reader_are_a_problem_of_that_file(int depth)
    {
        // Found by the fuzz suite: YamlDotNet's scanner throws InvalidOperationException on brackets this deep.
        var result = OverrideFiles.Apply(("deep.md", $"---\npaper: {AltUp}\ntags: {new string('[', depth)}{new string(']', 13)}\nvenue: x\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0402", problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Contains("nested too deeply", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_and_an_empty_body_give_no_note()
    {
        var result = OverrideFiles.Apply(("e.md", $"---\npaper: {AltUp}\npin: true\n---\n\n   \n"));

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Paper(AltUp).EditorNote);
    }

    [Fact]
    public void An_empty_file_says_how_an_override_starts()
    {
        var result = OverrideFiles.Apply(("empty.md", ""));

        Assert.Equal("overrides/empty.md(1): warning DG0402: the file does not start with a '---' line (an override starts with settings between two '---' lines, e.g. '---', 'paper: <id>', 'pin: true', '---')", result.Problems());
    }

    [Fact]
    public void Empty_settings_ask_for_a_target()
    {
        var result = OverrideFiles.Apply(("none.md", "---\n---\nJust a note.\n"));

        Assert.Equal("DG0405", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_bad_item_of_a_block_list_is_reported_on_its_own_line()
    {
        var result = OverrideFiles.Apply(("l.md", $"---\npaper: {AltUp}\nauthors:\n  - Cenk Baykal\n  - [Dylan, Cutler]\n---\n"));

        Assert.Equal("overrides/l.md(5): warning DG0404: each entry of 'authors' must be a single value, not a list (write one a line, e.g. '  - Cenk Baykal')", result.Problems());
    }
}
