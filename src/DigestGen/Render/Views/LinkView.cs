namespace DigestGen.Render.Views;

/// <summary>A labelled link; <see cref="Current"/> marks the page the reader is on (pagers, navigation).</summary>
public sealed record LinkView(string Label, string Url, bool Current = false);
