using System.Collections.Immutable;
using DigestGen.Render.Templates;

namespace DigestGen.Render.Views;

/// <summary>
/// One day's papers (or one page of them, <see cref="ViewFactory.DayPageSize"/> a page), with links to the neighbouring
/// days that have papers; <see cref="Total"/> counts the whole day. <see cref="Compact"/> papers are one line each
/// (title, authors, date), as on a large site: cards were 59 MB of a 100,000-paper site, and the paper page has the rest.
/// </summary>
public sealed record DayPageView(string Label, string Iso, ImmutableArray<PaperCard> Papers, bool Compact, int Total, int First, int Last, PagerView Pager, LinkView? Previous, LinkView? Next);

/// <summary>The archive: a calendar per month grouped by year (newest first; only the newest year open), and papers per day as a chart.</summary>
public sealed record ArchiveView(ImmutableArray<YearView> Years, int DayCount, int PaperCount, TrustedHtml Chart);

/// <summary>One year of the archive: its months with papers, newest first.</summary>
public sealed record YearView(string Label, int PaperCount, int DayCount, bool Open, ImmutableArray<MonthView> Months);

public sealed record MonthView(string Label, int PaperCount, ImmutableArray<ImmutableArray<DayCell>> Weeks);

/// <summary>A calendar cell: empty padding (no day), a day without papers, or a linked day shaded by <see cref="Level"/> (1–4).</summary>
public sealed record DayCell(int? Day, string? Url, int Count, int Level, string? Title);
