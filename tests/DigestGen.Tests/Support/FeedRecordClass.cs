namespace DigestGen.Tests.Support;

/// <summary>
/// What kind of author list a corpus record shows in a feed, for measuring the title/author splitter: an
/// organisation or team first ("DeepSeek-AI", "SIMA team", "NVIDIA": a one-word name, or a team, AI or community
/// name), a name written in lower case ("ohaned Chraiti", "Bin jin"), or persons only. Judged on the corpus's own
/// author list, independently of the splitter's rules.
/// </summary>
public static class FeedRecordClass
{
    public const string OrganisationFirst = "organisation-first";
    public const string LowerCaseNames = "lower-case names";
    public const string Persons = "persons";

    private static readonly string[] OrganisationWords = ["Team", "team", "AI", "Community", "Lab"];

    public static string Of(CorpusRecord paper)
    {
        var shown = paper.Authors.Take(CorpusDumpWriter.ShownAuthors).ToList();
        var firstWords = shown[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (firstWords.Length == 1 || firstWords.Any(OrganisationWords.Contains) || shown[0].EndsWith("AI", StringComparison.Ordinal))
        {
            return OrganisationFirst;
        }

        return shown.Any(name => name.Split(' ').Any(word => word.Length > 1 && char.IsLower(word[0]) && !Particles.Contains(word)))
            ? LowerCaseNames
            : Persons;
    }

    private static readonly HashSet<string> Particles = ["van", "von", "der", "den", "de", "del", "della", "da", "dos", "das", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ten", "ter", "zu", "ur", "dit"];
}
