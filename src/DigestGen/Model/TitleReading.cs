namespace DigestGen.Model;

/// <summary>One way to split a glued "badge+title" line: the title and the venue badge it implies.</summary>
public sealed record TitleReading(string Title, string? Venue);
