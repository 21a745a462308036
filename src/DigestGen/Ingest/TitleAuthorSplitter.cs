using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Splits a feed line where the title runs straight into the author list:
/// <c>Matryoshka Representation LearningAditya Kusupati, Gantavya Bhatt et al. · uw</c>.
/// </summary>
/// <remarks>
/// The glue point is a capital letter right after a non-space character ("gA", "?H", "eD"). Titles have a few such points of their own (MatFormer, Gauss-Newton, AdEMAMix), so
/// each candidate is scored by how well the rest of the line reads as a list of authors: a point for each person or
/// organisation ("NVIDIA", "DeepSeek-AI", "SIMA team"), half a point for an unusual name
/// ("NewtonNatalie", "ShahRukh", "MVS", a single word) or an organisation whose first word looks cut from the title ("DataVenus Team", "MA team"), and a point off when the title would end in a hyphen ("Gauss-"), a comma or a
/// cut acronym ("…What LL" + "M-Based Agents…"), half a point when in a capitalised part run onto a word
/// ("CaptureShah", "CNNYong"). A quarter point goes to a title whose last
/// word the abstract uses (of the glue points in one word, the latest that leaves a word the abstract uses:
/// "BigBench" over "Big" in "BigBenchTodor"), which settles ties, such as the half point off "BigBench" against the
/// half point for "BenchTodor". A candidate whose rest reads entirely as authors beats any whose
/// rest does not; then the best score wins, the earliest among equals: an earlier point drags title words into the
/// first name, a later one cuts the first name short. The split is certain when every author of the winner reads
/// as one.
/// When unsure, the other likely splits go along as alternatives for merge to settle against titles other dumps
/// state; and an unsure split that would leave a title under <see cref="ShortestGuessedTitle"/> characters keeps the
/// whole line (less "et al." and the organisation tag) as the title instead (with the guess as an alternative), since a fragment like "S" is never a title.
/// </remarks>
internal static partial class TitleAuthorSplitter
{
    public const int ShortestGuessedTitle = 8;

    private const double Awkward = 0.5;

    private const double AbstractAgrees = 0.25;

    private const int MaxAlternatives = 3;

    private const string NameSeparator = ", ";

    public sealed record Split(string Title, AuthorList Authors, bool Certain, ImmutableArray<TitleReading> Alternatives);

    private sealed record Candidate(int Index, bool AllNames, double Score);

    public static Split Run(string line, string? summary = null)
    {
        // Every candidate's rest ends with the same names: score the ", "-separated segments once, from the end, so
        // each candidate only costs its own first name.
        var (names, truncated, org) = AuthorList.SplitTail(line);
        var segments = names.Split(NameSeparator);
        var scoreAfter = new double[segments.Length];
        var allNamesAfter = new bool[segments.Length];
        for (var k = segments.Length - 2; k >= 0; k--)
        {
            scoreAfter[k] = scoreAfter[k + 1] + NameScore(segments[k + 1].Trim());
            allNamesAfter[k] = (k == segments.Length - 2 || allNamesAfter[k + 1]) && IsAuthor(segments[k + 1].Trim());
        }

        var candidates = new List<Candidate>();
        var segmentStart = 0;
        for (var k = 0; k < segments.Length; segmentStart += segments[k].Length + NameSeparator.Length, k++)
        {
            for (var offset = 1; offset < segments[k].Length; offset++)
            {
                var index = segmentStart + offset;
                if (!IsGluePoint(line, index))
                {
                    continue;
                }

                var first = segments[k][offset..].Trim();
                var title = line[..index].TrimEnd();
                candidates.Add(new Candidate(
                    index,
                    IsAuthor(first) && (k == segments.Length - 1 || allNamesAfter[k]),
                    NameScore(first) + scoreAfter[k] - TitleEndPenalty(line, index, title)));
            }
        }

        // Of the glue points in one word ("BigBenchTodor"), the abstract backs the one after the longest start it uses
        // as a word ("BigBench", not "Big").
        foreach (var word in candidates.GroupBy(candidate => line.LastIndexOf(' ', candidate.Index - 1)))
        {
            if (word.Where(candidate => AbstractUses(summary, line[(word.Key + 1)..candidate.Index].TrimEnd())).MaxBy(candidate => candidate.Index) is { } backed)
            {
                candidates[candidates.IndexOf(backed)] = backed with { Score = backed.Score + AbstractAgrees };
            }
        }

        // Best first; a stable sort keeps the earliest first among equals.
        var ranked = candidates.OrderByDescending(candidate => candidate.AllNames).ThenByDescending(candidate => candidate.Score).ToList();
        var noAuthors = new AuthorList([], truncated, org);
        if (ranked.Count == 0)
        {
            return new Split(names, noAuthors, Certain: false, []);
        }

        var best = ranked[0];
        var alternatives = best.AllNames
            ? []
            : ranked.Skip(1).Take(MaxAlternatives).Select(candidate => Reading(line, candidate)).ToImmutableArray();
        var guess = Reading(line, best);
        if (!best.AllNames && guess.Title.Length < ShortestGuessedTitle)
        {
            return new Split(names, noAuthors, Certain: false, [guess, .. alternatives]);
        }

        return new Split(guess.Title, AuthorList.Parse(line[best.Index..], andSeparates: false), best.AllNames, alternatives);
    }

    private static TitleReading Reading(string line, Candidate candidate) =>
        new(line[..candidate.Index].TrimEnd(), null, AuthorList.Parse(line[candidate.Index..], andSeparates: false).Names);

    private static bool IsAuthor(string name) => PersonName.IsPlausible(name) || OrganisationName.IsPlausible(name);

    /// <summary>A point for a person or organisation, half for a name with an unusual word, none for what is neither.</summary>
    private static double NameScore(string name) =>
        OrganisationName.IsPlausible(name) ? (OrganisationName.StartsOddly(name) ? 1 - Awkward : 1)
        : !PersonName.IsPlausible(name) ? 0
        : PersonName.IsUnusual(name) ? 1 - Awkward : 1;

    // "Gauss-", "Reliability,", "LL" cut from "LLM-Based": a title ending like this has lost its end, a point off.
    // "CaptureShah", "LSTM-CNNYong": a title ending in a capitalised part run onto a word probably has, half a point
    // off (a plural like "LLMs" has not).
    private static double TitleEndPenalty(string line, int index, string title)
    {
        var cutsAcronym = char.IsUpper(line[index - 1]) && index + 1 < line.Length && !char.IsLower(line[index + 1]);
        return title.EndsWith('-') || title.EndsWith(',') || cutsAcronym ? 1
            : CapitalisedTail().IsMatch(title.AsSpan(title.LastIndexOf(' ') + 1)) ? Awkward
            : 0;
    }

    /// <summary>Whether the abstract uses a word ("Learning", not "LearningAditya"), two letters or more.</summary>
    private static bool AbstractUses(string? summary, string word)
    {
        var lastWord = word.Trim(',', '.', ':', '?', '!');
        if (summary is null || lastWord.Length < 2)
        {
            return false;
        }

        for (var at = summary.IndexOf(lastWord, StringComparison.Ordinal); at >= 0; at = summary.IndexOf(lastWord, at + 1, StringComparison.Ordinal))
        {
            var end = at + lastWord.Length;
            if ((at == 0 || !char.IsLetterOrDigit(summary[at - 1])) && (end == summary.Length || !char.IsLetterOrDigit(summary[end])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}\p{Lu}(?!s$)\p{Ll}+$")]
    private static partial Regex CapitalisedTail();

    // A capital straight after a character that is not a space, or the first letter of a script without case
    // (Chinese, Japanese…) after one with case.
    private static bool IsGluePoint(string line, int index)
    {
        var letter = line[index];
        var before = line[index - 1];
        return !char.IsWhiteSpace(before) && (char.IsUpper(letter) || (IsCaseless(letter) && !IsCaseless(before)));
    }

    private static bool IsCaseless(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);
}
