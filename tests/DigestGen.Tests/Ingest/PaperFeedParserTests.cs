using System.Globalization;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class PaperFeedParserTests
{
    private const string Record = "LGMay 26, 2022Code\nMatryoshka Representation LearningAditya Kusupati, Gantavya Bhatt, Aniket Rege et al. · uw\nLearned representations are a central component in modern ML systems.\n";

    [Fact]
    public void Seed_feed_matches_its_golden_file_without_problems()
    {
        var dump = SeedDumps.Parse(SeedDumps.Feed);

        Assert.Equal(DumpShape.PaperFeed, dump.Shape);
        Assert.Equal(50, dump.Records.Length);
        Assert.Empty(dump.Diagnostics);
        ParsedDumpGolden.Verify(dump, "004_feed.records.txt");
    }

    [Fact]
    public void Seed_feed_title_and_authors_glue_back_into_the_original_line()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Feed);
        foreach (var record in SeedDumps.Parse(SeedDumps.Feed).Records)
        {
            var byline = record.Title + string.Join(", ", record.Authors)
                + (record.AuthorsTruncated ? " et al." : "") + (record.Org is null ? "" : " · " + record.Org);
            Assert.Equal(lines[record.Source.Line], byline);
            Assert.Equal(lines[record.Source.Line + 1], record.Abstract);
            Assert.InRange(record.Authors.Length, 1, 3);
            Assert.DoesNotContain(record.Authors, name => name.Contains("et al", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Seed_feed_headers_restate_score_category_date_and_code()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Feed);
        foreach (var record in SeedDumps.Parse(SeedDumps.Feed).Records)
        {
            // Rebuild the header from the parsed fields: a year is shown unless it is the as-of year.
            var date = record.Date!.Value;
            var header = (record.Score is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "")
                + record.Category
                + date.ToString(date.Year == SeedDumps.AsOf.Year ? "MMM d" : "MMM d, yyyy", CultureInfo.InvariantCulture)
                + (record.HasCode == true ? "Code" : "");
            Assert.Equal(lines[record.Source.Line - 1], header);
        }
    }

    [Theory]
    [InlineData(7, "MatFormer: Nested Transformer for Elastic Inference", "Devvrit|Sneha Kudugunta|Aditya Kusupati", "uw")]
    [InlineData(112, "How Does Critical Batch Size Scale in Pre-training?", "Hanlin Zhang|Depen Morwani|Nikhil Vyas", null)]
    [InlineData(79, "Connections between Schedule-Free Optimizers, AdEMAMix, and Accelerated SGD Variants", "Depen Morwani|Nikhil Vyas|Hanlin Zhang", null)]
    [InlineData(136, "The Potential of Second-Order Optimization for LLMs: A Study with Full Gauss-Newton", "Natalie Abreu|Nikhil Vyas|Sham Kakade", null)]
    [InlineData(1, "Matryoshka Representation Learning", "Aditya Kusupati|Gantavya Bhatt|Aniket Rege", "uw")]
    [InlineData(94, "AdANNS: A Framework for Adaptive Semantic Search", "Aniket Rege|Aditya Kusupati|Sharan Ranjit S", null)]
    [InlineData(118, "Any-Order Flexible Length Masked Diffusion", "Jaeyeon Kim|Lee Cheuk-Kit|Carles Domingo-Enrich", null)]
    [InlineData(19, "On Provable Copyright Protection for Generative Models", "Nikhil Vyas|Sham Kakade|Boaz Barak", null)]
    [InlineData(13, "Scaling Laws for Imitation Learning in Single-Agent Games", "Jens Tuyls|Dhruv Madeka|Kari Torkkola", "amazon-science")]
    public void Seed_feed_tricky_title_author_splits(int line, string title, string authors, string? org)
    {
        var record = SeedDumps.Parse(SeedDumps.Feed).Records.Single(r => r.Source.Line == line);

        Assert.Equal(title, record.Title);
        Assert.Equal(authors.Split('|'), record.Authors);
        Assert.Equal(org, record.Org);
    }

    [Fact]
    public void Seed_feed_scores_dates_without_year_and_code_flags()
    {
        var records = SeedDumps.Parse(SeedDumps.Feed).Records.ToDictionary(record => record.Source.Line);

        Assert.Equal((91.3, "LG", new DateOnly(2026, 6, 2), false), (records[31].Score!.Value, records[31].Category!, records[31].Date!.Value, records[31].HasCode!.Value));
        Assert.Equal((98.4, "CL"), (records[40].Score!.Value, records[40].Category!));
        Assert.Equal((new DateOnly(2026, 2, 10), true), (records[88].Date!.Value, records[88].HasCode!.Value));
        Assert.Equal("SY", records[49].Category);
        Assert.False(records[19].AuthorsTruncated);
        // As many as the seed's "…Code" headers, " · org" bylines and score-first headers.
        Assert.Equal(13, records.Values.Count(record => record.HasCode == true));
        Assert.Equal(8, records.Values.Count(record => record.Org is not null));
        Assert.Equal(4, records.Values.Count(record => record.Score is not null));
    }

    [Fact]
    public void Crlf_bom_and_blank_line_noise_parse_like_the_plain_seed()
    {
        var plain = SeedDumps.Parse(SeedDumps.Feed);
        var noisy = string.Join("\r\n\r\n  \t\r\n", SeedDumps.RawLines(SeedDumps.Feed).Select(line => "  " + line + " \t"));
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(noisy)];

        var parsed = Snippet.Parse(bytes);

        // Only the line numbers move: every seed line is now three lines apart.
        Assert.Equal(
            ParsedDumpGolden.Describe(plain with { File = Snippet.FileName, Records = [.. plain.Records.Select(r => r with { Source = r.Source with { File = Snippet.FileName, Line = (r.Source.Line * 3) - 2 } })] }),
            ParsedDumpGolden.Describe(parsed));
    }

    [Fact]
    public void A_record_without_abstract_mid_file_and_a_truncated_last_record_are_reported()
    {
        var dump = Snippet.Parse(
            "LGFeb 3\nAnytime PretrainingAlexandru Meterez, Depen Morwani\n" + Record + "CLOct 16, 2024Code\nLoRA Soups: Merging LoRAsAkshara Prabhakar");

        Assert.Equal(3, dump.Records.Length);
        Assert.Null(dump.Records[0].Abstract);
        Assert.Equal<string>(["Akshara Prabhakar"], dump.Records[2].Authors);
        Assert.Equal("DG0102@1 DG0107@6", Snippet.Codes(dump));
    }

    [Fact]
    public void Lines_before_the_first_header_are_reported_and_skipped()
    {
        var dump = Snippet.Parse("Papers feed\n" + Record + Record);

        Assert.Equal(2, dump.Records.Length);
        Assert.Equal("DG0109@1", Snippet.Codes(dump));
    }

    [Fact]
    public void A_byline_with_no_author_names_is_kept_whole_as_the_title_and_reported()
    {
        var dump = Snippet.Parse("LGMay 26, 2022\nmatryoshka representation learning\nAn abstract.\n" + Record);

        Assert.Equal("matryoshka representation learning", dump.Records[0].Title);
        Assert.Empty(dump.Records[0].Authors);
        Assert.Equal("DG0111@2", Snippet.Codes(dump));
    }

    [Fact]
    public void An_unsure_split_that_would_leave_a_fragment_keeps_the_line_whole_and_names_it_in_the_warning()
    {
        const string byline = "X-Ray agents for virtual worlds (team) group, adrian bolton";
        var dump = Snippet.Parse($"LGMay 26, 2022\n{byline} et al.\nAn abstract.\n");

        var record = Assert.Single(dump.Records);
        Assert.Equal((byline, true), (record.Title, record.AuthorsTruncated));
        Assert.Empty(record.Authors);
        Assert.Contains(record.AlternativeReadings, reading => reading.Title == "X-");
        var warning = Assert.Single(dump.Diagnostics);
        Assert.Equal((DiagnosticCodes.UncertainAuthorSplit, 2), (warning.Code, warning.Line));
        Assert.Contains($"\"{byline} et al.\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tied_split_takes_the_reading_whose_first_author_another_record_names_whole()
    {
        // "Multi" + "FrasesWang Xiaoming" ties with "MultiFrases" + "Wang Xiaoming" (the real line's "Elvys Linhares
        // Pontes" written surname first: the name lexicon knows "Wang" as a surname, so neither reading's first
        // author is a given name it knows); the second record names the person.
        var dump = Snippet.Parse(
            "CLJul 21, 2017\nAplicados ao Problema de Compressão MultiFrasesWang Xiaoming, Thiago Gouveia da Silva\nWe compress several sentences, a multi sentence compression task.\n"
            + "CLAug 2, 2018\nA Multilingual Study of Compressive Cross-Language Text SummarizationWang Xiaoming, Stéphane Huet\nCross-Language Text Summarization generates summaries in a language different from the source.\n");

        Assert.Equal("DG0111@2", Snippet.Codes(dump));
        Assert.Equal("Aplicados ao Problema de Compressão Multi", dump.Records[0].Title);
        var papers = MergePapers.Run([dump], MergeOptions.TextOnly).Papers;
        var paper = Assert.Single(papers, paper => paper.Title.StartsWith("Aplicados", StringComparison.Ordinal));
        Assert.Equal("Aplicados ao Problema de Compressão MultiFrases", paper.Title);
        Assert.Equal(["Wang Xiaoming", "Thiago Gouveia da Silva"], paper.Authors.ToArray());
    }

    [Fact]
    public void Two_feeds_joined_without_a_final_newline_keep_both_records_and_say_where()
    {
        // The first dump's abstract ends without a newline, so "84.7MLApr 23" of the second lands on its line.
        const string first = "LGMay 26, 2022\nMatryoshka Representation LearningAditya Kusupati, Gantavya Bhatt\nLearned representations in 2023.";
        const string second = "84.7MLApr 23Code\nAttention Is All You NeedAshish Vaswani, Noam Shazeer\nThe dominant sequence transduction models.\n";
        var dump = Snippet.Parse(first + second);

        Assert.Equal("Matryoshka Representation Learning|Attention Is All You Need", string.Join("|", dump.Records.Select(record => record.Title)));
        Assert.Equal("Learned representations in 2023.", dump.Records[0].Abstract);
        Assert.Equal((84.7, true, 3), (dump.Records[1].Score, dump.Records[1].HasCode, dump.Records[1].Source.Line));
        var warning = Assert.Single(dump.Diagnostics);
        Assert.Equal((DiagnosticCodes.GluedRecordHeader, 3), (warning.Code, warning.Line));
        Assert.Contains("\"84.7MLApr 23Code\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abstract_that_ends_in_a_venue_and_date_is_not_taken_for_a_glued_header()
    {
        var dump = Snippet.Parse(Record.Replace("modern ML systems.", "modern ML systems, at NeurIPS Dec 10, 2024", StringComparison.Ordinal));

        Assert.EndsWith("at NeurIPS Dec 10, 2024", Assert.Single(dump.Records).Abstract, StringComparison.Ordinal);
        Assert.Empty(dump.Diagnostics);
    }
}
