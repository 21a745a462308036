using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Reads a publication-list entry whose venue badge is glued to its title: <c>ICLRMore is Better…</c>,
/// <c>NeuRIPSspotlightAlternating Updates…</c> (badge, note, title), <c>SIMODSA Universal…</c> (SIMODS + "A Universal…").
/// </summary>
/// <remarks>
/// Evidence, strongest first: the abbreviation in the entry's own venue line ("… (SIMODS)*, 2023"), a well-known
/// venue, then the shape of the text alone: a badge is a run of letters and the title starts with a capitalised
/// word, a one-letter word ("A", "I") or an acronym. Without venue-line evidence the other readings the text allows
/// are kept as alternatives, for merge to settle against titles other dumps confirm.
/// </remarks>
internal static partial class VenueBadge
{
    private const int MaxAlternatives = 4;

    public sealed record Reading(TitleReading Best, string? Note, ImmutableArray<TitleReading> Alternatives);

    /// <param name="venueHints">Names from the entry's venue line, e.g. the "(SIMODS)" abbreviation or "arXiv".</param>
    public static Reading Read(string line, IReadOnlyList<string> venueHints)
    {
        if (MatchBadge(line, venueHints) is { } fromVenueLine)
        {
            return fromVenueLine;
        }

        var byShape = ReadingsByShape(line);
        if (MatchBadge(line, VenueNames.Known) is { } known)
        {
            return known with { Alternatives = [.. byShape.Where(reading => reading != known.Best).Take(MaxAlternatives)] };
        }

        // No evidence: the likeliest split by shape, and also no badge at all.
        var noBadge = new TitleReading(line, null);
        return byShape.IsEmpty
            ? new Reading(noBadge, null, [])
            : new Reading(byShape[0], null, [.. byShape.Skip(1).Take(MaxAlternatives - 1), noBadge]);
    }

    /// <summary>The longest venue name the line starts with (any case), then an optional lower-case note.</summary>
    private static Reading? MatchBadge(string line, IEnumerable<string> venues)
    {
        foreach (var venue in venues.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal))
        {
            if (!line.StartsWith(venue, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = line[venue.Length..];
            var note = LeadingNote().Match(rest);
            var title = rest[note.Length..].Trim();
            if (title.Length > 0 && !char.IsLower(title[0]))
            {
                return new Reading(new TitleReading(title, VenueNames.Canonical(venue)), note.Success ? note.Groups[1].Value : null, []);
            }
        }

        return null;
    }

    /// <summary>Every split of the leading run of letters into badge + title start that reads well, likeliest first.</summary>
    private static ImmutableArray<TitleReading> ReadingsByShape(string line)
    {
        var run = LeadingLetters().Match(line).Length;
        var readings = new List<(int Rank, TitleReading Reading)>();
        for (var split = run - 1; split >= 2; split--)
        {
            var title = line[split..];
            // An acronym followed by a space starts a title only after a lower-case badge ("Survey" + "LLM Inference"):
            // inside a run of capitals any tail would pass for one ("SIMOD" + "SA Universal").
            var rank = TitleStart().Match(title) switch
            {
                { Success: false } => -1,
                var m when m.Groups["word"].Success => 0,
                var m when m.Groups["letter"].Success => 1,
                var m when m.Groups["acronym"].Success => 2,
                _ => char.IsLower(line[split - 1]) ? 3 : -1,
            };
            if (rank >= 0)
            {
                readings.Add((rank, new TitleReading(title, line[..split])));
            }
        }

        // Stable: within a rank, the longer badge first.
        return [.. readings.OrderBy(reading => reading.Rank).Select(reading => reading.Reading)];
    }

    [GeneratedRegex(@"^([a-z]+)(?=\P{Ll})")]
    private static partial Regex LeadingNote();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingLetters();

    // "More is…", "A Universal…" / "I Know…", "LLC: Accurate…" / "GQ-VAE…", "LLM Inference…".
    [GeneratedRegex(@"^(?:(?<word>\p{Lu}\p{Ll}+)(?:\P{L}|$)|(?<letter>[AI]) |(?<acronym>\p{Lu}{2,5})[:\-]|(?<spaced>\p{Lu}{2,5}) )")]
    private static partial Regex TitleStart();
}
