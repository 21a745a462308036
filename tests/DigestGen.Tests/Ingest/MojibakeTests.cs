using DigestGen.Ingest;
using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class MojibakeTests
{
    [Theory]
    // From the corpus: "Guimarães" and a no-break space ("Abel Sa J. R Malano") scraped through Latin-1.
    [InlineData("Silvio GuimarÃ£es", "Silvio Guimarães")]
    [InlineData("Abel SaÂ J. R Malano", "Abel Sa J. R Malano")]
    [InlineData("Abel SaÂ\u00A0J. R Malano", "Abel Sa\u00A0J. R Malano")]
    // Windows-1252's own characters for 0x80–0x9F ("’" is E2 80 99: "â€™"; "ł" is C5 82: "Å‚"), and Latin-1's
    // C1 controls where Windows-1252 has none ("č" is C4 8D).
    [InlineData("donâ€™t stop", "don’t stop")]
    [InlineData("PaweÅ‚ Wawrzyński", "Paweł Wawrzyński")]
    [InlineData("Jan StaniÄ\u008Dek", "Jan Staniček")]
    [InlineData("Ã‰ric Sopena", "Éric Sopena")]
    public void Utf8_read_as_latin1_or_windows1252_is_decoded(string scraped, string repaired)
    {
        Assert.Equal(repaired, Mojibake.Repair(scraped, out var example));
        Assert.NotNull(example);
    }

    [Theory]
    // Real text that only looks so: a capital Â or Ã in Portuguese, an upper-case word before a quote (it would make
    // an IPA letter or a Hebrew accent), and "Ã" before a space, which was "à" or "Å" ("Beatrice Ã kerblom" in the
    // corpus is Åkerblom): the space no longer says which.
    [InlineData("Ângelo Cardoso")]
    [InlineData("SÃO PAULO")]
    [InlineData("CAFÉ’S MENU")]
    [InlineData("GÖDEL’S THEOREM")]
    [InlineData("Beatrice Ã kerblom")]
    [InlineData("Â J. Smith")]
    public void Text_whose_round_trip_is_ambiguous_stays_as_written(string text)
    {
        Assert.Same(text, Mojibake.Repair(text, out var example));
        Assert.Null(example);
    }

    [Fact]
    public void A_repaired_line_is_named_with_what_was_repaired_and_its_record_reads_right()
    {
        // The real record of set 3000–3019 that lost its authors: "Abel SaÂ" read as no name at all.
        const string dump = "LGMar 3, 2016\nDE/RM-MEDA: A New Hybrid Multi-Objective GeneratorAbel SaÂ J. R Malano, Guanjun Du, Guoxiang Tong et al.\n"
            + "Under the condition of Karush-Kuhn-Tucker, the Pareto Set (PS) in the decision area is a manifold.\n";

        var parsed = Snippet.Parse(dump);

        var record = Assert.Single(parsed.Records);
        Assert.Equal("DE/RM-MEDA: A New Hybrid Multi-Objective Generator", record.Title);
        Assert.Equal(["Abel Sa J. R Malano", "Guanjun Du", "Guoxiang Tong"], record.Authors.ToArray());
        var problem = Assert.Single(parsed.Diagnostics);
        Assert.Equal((DiagnosticCodes.MisdecodedText, Severity.Warning, Snippet.FileName, 2), (problem.Code, problem.Severity, problem.File, problem.Line));
        Assert.Contains("\"Â\" → \"\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_comes_before_cleaning_so_a_latin1_control_it_needs_is_not_removed()
    {
        // "č" is C4 8D: read as Latin-1, the 8D is a C1 control, which cleaning alone would remove ("StaniÄek").
        var parsed = Snippet.Parse("LGMar 3, 2016\nGraph ColouringJan StaniÄ\u008Dek, Ana Novak\nWe colour graphs.\n");

        Assert.Equal(["Jan Staniček", "Ana Novak"], Assert.Single(parsed.Records).Authors.ToArray());
        Assert.Equal("DG0115@2", Snippet.Codes(parsed));
    }
}
