namespace DigestGen.Render.Pictures;

/// <summary>One bar: its axis label, its value, and the tooltip text a reader sees when pointing at it.</summary>
public sealed record ChartBar(string Label, int Value, string Tooltip);
