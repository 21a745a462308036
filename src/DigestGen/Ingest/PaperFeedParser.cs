using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// A paper feed: per paper a header <c>[score]CATMon D[, YYYY][Code]</c>, then the title glued to the author list
/// (<c>…LearningAditya Kusupati, … et al. · uw</c>), then the abstract.
/// </summary>
internal static class PaperFeedParser
{
    public static ParsedDump Parse(DumpText text, DateOnly asOf)
    {
        var problems = new DumpProblems(text.File);
        var (preamble, blocks) = RecordBlock.Split(RecordHeader.SeparateGlued(text.Lines, problems), line => RecordHeader.IsHeader(line.Text));
        foreach (var line in preamble)
        {
            problems.UnrecognisedLine(line, "a record header like \"LGMay 26, 2022\"");
        }

        var records = ImmutableArray.CreateBuilder<RawRecord>();
        foreach (var (block, header, atEnd) in HeaderedRecord.ReadAll(blocks, asOf, problems))
        {
            var byline = block.Body[0];
            var summary = block.Body.Length > 1 ? DumpText.Join(block.Body[1..]) : null;
            var split = TitleAuthorSplitter.Run(byline.Text, summary);
            if (!split.Certain)
            {
                problems.Warn(DiagnosticCodes.UncertainAuthorSplit, byline.Number,
                    split.Authors.Names.IsEmpty
                        ? $"could not find where the title ends and the author list begins in \"{byline.Text}\"; kept the whole line as the title unless another dump states the title"
                        : $"unsure where the title ends and the author list begins in \"{byline.Text}\"; took the title \"{split.Title}\" unless another dump states another",
                    "check the title in the built site; an override can correct it");
            }

            if (summary is null)
            {
                problems.MissingAbstract(block.Start.Number, atEnd);
            }

            records.Add(new RawRecord
            {
                Source = new SourceRef(text.File, DumpShape.PaperFeed, block.Start.Number),
                Title = split.Title,
                AlternativeReadings = split.Alternatives,
                Authors = split.Authors.Names,
                AuthorsTruncated = split.Authors.Truncated,
                Org = split.Authors.Org,
                Abstract = summary,
                Date = header.Date,
                Category = header.Category,
                Score = header.Score,
                HasCode = header.HasCode,
            });
        }

        return new ParsedDump(text.File, DumpShape.PaperFeed, null, records.ToImmutable(), problems.ToImmutable());
    }
}
