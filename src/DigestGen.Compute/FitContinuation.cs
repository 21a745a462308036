using System.Globalization;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Neighbours;

namespace DigestGen.Compute;

/// <summary>
/// Tonight's papers placed into the last fit (<see cref="MapFit"/>) instead of a new one: papers the fit knows (same
/// key, same text) keep their topic, the others join the nearest topic, and related lists are updated from the
/// earlier ones (<see cref="Neighbours.NeighbourUpdate"/>).
/// </summary>
/// <param name="Placement">Every paper's topic, and how well placed papers fit their topics.</param>
/// <param name="Fitted">Whether a paper's topic came from the fit itself.</param>
/// <param name="PreviousRelated">Each paper's earlier related papers as tonight's rows (-1: gone), or null for a new or changed paper.</param>
/// <param name="Placed">How many papers were new or changed tonight.</param>
/// <param name="ListKept">Whether a paper keeps its text and last night's related list (joined only by new papers).</param>
/// <param name="PreviousDuplicates">The pairs last night reported as one paper, as tonight's rows (lower first).</param>
internal sealed record FitContinuation(MapFit Fit, TopicPlacement Placement, bool[] Fitted, int[]?[] PreviousRelated, int Placed, bool[] ListKept, HashSet<(int, int)> PreviousDuplicates)
{
    /// <summary>
    /// Whether last night already checked the pair and found two papers: both kept their text and their list, so any
    /// pair of them a list names tonight was named last night, with the same texts and cosine, and was not reported.
    /// </summary>
    public bool KnownApart(int first, int second) =>
        ListKept[first] && ListKept[second] && !PreviousDuplicates.Contains((first, second));

    /// <summary>The continuation, or null with the reason a new fit is due (none kept, its age, how much changed, drift).</summary>
    public static (FitContinuation? Continuation, string Reason) Try(
        MapFit? fit, IReadOnlyList<string> keys, IReadOnlyList<string> textHashes, IClusterVectors topicVectors, DateOnly asOf, RefitPolicy policy)
    {
        if (fit is null)
        {
            return (null, "no fit to continue in the cache");
        }

        // Each of the fit's rows as tonight's row (-1: gone), and each of tonight's papers as the fit's row when the fit
        // knows it with the same text (-1: new or changed).
        var rows = keys.Select((key, row) => (key, row)).ToDictionary(entry => entry.key, entry => entry.row, StringComparer.Ordinal);
        var tonightsRow = new int[fit.Keys.Count];
        var fitRow = new int[keys.Count];
        Array.Fill(fitRow, -1);
        for (var row = 0; row < tonightsRow.Length; row++)
        {
            tonightsRow[row] = rows.GetValueOrDefault(fit.Keys[row], -1);
            if (tonightsRow[row] >= 0 && fit.Texts[row] == textHashes[tonightsRow[row]])
            {
                fitRow[tonightsRow[row]] = row;
            }
        }

        var placedSinceFit = new bool[fit.Keys.Count];
        foreach (var row in fit.Placed)
        {
            placedSinceFit[row] = true;
        }

        var fitted = fitRow.Select(row => row >= 0 && !placedSinceFit[row]).ToArray();
        var changedSince = fitted.Count(isFitted => !isFitted) + Math.Max(0, fit.FittedPapers - fitted.Count(isFitted => isFitted));
        if (policy.Due(fit.FittedDay, asOf, fit.FittedPapers, changedSince) is { } due)
        {
            return (null, due);
        }

        var placement = TopicPlacement.Place(topicVectors, [.. fitRow.Select(row => row >= 0 ? fit.TopicOf[row] : -1)], fitted, fit.Topics.Count);
        var placedSince = fitted.Count(isFitted => !isFitted);
        if (placement.Drift >= policy.Drift && policy.JudgesDrift(placedSince))
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"the {placedSince} papers placed since the fit agree with their topics less than the fitted ones (mean cosine {placement.PlacedCohesion:F3} against {placement.FittedCohesion:F3}; refit from a drift of {policy.Drift:F2})"));
        }

        var previous = fitRow.Select(row => row < 0 ? null : Array.ConvertAll(fit.Related[row], related => tonightsRow[related])).ToArray();
        var duplicates = fit.Duplicates
            .Select(pair => (First: tonightsRow[pair[0]], Second: tonightsRow[pair[1]]))
            .Select(pair => (Math.Min(pair.First, pair.Second), Math.Max(pair.First, pair.Second)))
            .ToHashSet();
        var listKept = NeighbourUpdate.StaleRows(previous).Select(stale => !stale).ToArray();
        var continuation = new FitContinuation(fit, placement, fitted, previous, fitRow.Count(row => row < 0), listKept, duplicates);
        return (continuation, continuation.Note(policy));
    }

    private string Note(RefitPolicy policy)
    {
        var placedSince = Fitted.Count(isFitted => !isFitted);
        var drift = policy.JudgesDrift(placedSince)
            ? string.Create(CultureInfo.InvariantCulture, $"drift {Placement.Drift:F3} of {policy.Drift:F2}")
            : string.Create(CultureInfo.InvariantCulture, $"drift {Placement.Drift:F3} not judged: {placedSince} papers placed since the fit, drift counts from {policy.DriftFromPlaced}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{Fit.Topics.Count} topics kept from the fit of {Fit.Fitted}: {Placed} new or changed papers placed in their nearest topic and related lists updated "
            + $"({drift}; refit by {Fit.FittedDay.AddDays(policy.EveryDays):yyyy-MM-dd} at the latest)");
    }
}
