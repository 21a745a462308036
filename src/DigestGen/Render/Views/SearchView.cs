namespace DigestGen.Render.Views;

/// <summary>Where the search page's script finds its data (written by the search stage) and its code.</summary>
public sealed record SearchView(string IndexUrl, string DocumentsUrl, string ScriptUrl);
