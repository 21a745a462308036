using System.Globalization;

namespace DigestGen.Compute;

/// <summary>
/// When a build fits topics and related papers afresh instead of placing its new papers into the last fit
/// (<see cref="MapOptions.PreviousFit"/>): when the fit is <see cref="EveryDays"/> days old, when the papers placed,
/// changed or removed since make up <see cref="ChangedShare"/> of it, or when the placed papers agree with their topics
/// less than the fitted ones do by <see cref="Drift"/> (mean cosine to the topic's direction) once at least
/// <see cref="DriftFromPlaced"/> papers were placed: the mean of a handful is noise, and two odd records (a recipe
/// in a dump of ML papers) gave a drift of 0.36 and a refit that renamed most topics. <see cref="Always"/> refits every
/// build, as builds did before fits were kept.
/// </summary>
public sealed record RefitPolicy(int EveryDays = 7, double ChangedShare = 0.10, double Drift = 0.05, int DriftFromPlaced = 50)
{
    public static readonly RefitPolicy Default = new();

    public static readonly RefitPolicy Always = new(EveryDays: 0);

    /// <summary>Why tonight needs a new fit, or null when the last one can be continued.</summary>
    internal string? Due(DateOnly fitted, DateOnly asOf, int fittedPapers, int changedSince)
    {
        var age = asOf.DayNumber - fitted.DayNumber;
        if (age >= EveryDays || age < 0)
        {
            return EveryDays == 0 ? "every build refits" : string.Create(CultureInfo.InvariantCulture, $"the fit of {fitted:yyyy-MM-dd} is {age} days old (refit every {EveryDays})");
        }

        return changedSince >= ChangedShare * Math.Max(1, fittedPapers)
            ? string.Create(CultureInfo.InvariantCulture, $"{changedSince} papers placed, changed or removed since the fit of {fittedPapers} ({changedSince / (double)Math.Max(1, fittedPapers):P0}, refit from {ChangedShare:P0})")
            : null;
    }

    /// <summary>Whether <paramref name="placedSince"/> papers are enough for their drift to ask for a refit.</summary>
    internal bool JudgesDrift(int placedSince) => placedSince >= DriftFromPlaced;
}
