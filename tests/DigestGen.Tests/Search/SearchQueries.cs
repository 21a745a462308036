using DigestGen.Search;

namespace DigestGen.Tests.Search;

/// <summary>
/// A few hundred queries of every kind lunr supports, drawn from the papers themselves (seeded, so the same every
/// run) plus hand-picked ones for the known edge cases.
/// </summary>
public static class SearchQueries
{
    public static readonly IReadOnlyList<string> HandPicked =
    [
        "lora", "diffusion", "title:lora", "lora*", "+diffusion -image", "transfomer~1", "Guimarães", "Guimaraes",
        "authors:guimaraes", "authors:zhang", "*former", "-image", "diffusion model", "+model +language -vision",
        "trans*", "title:diff*", "nonexistentword", "the", "image^10 text", "café", "ΣΟΦΙΑ", "2048", "title:", "lora~2",
        "+nonexistentword diffusion", "reinforcement learning from human feedback", "abstract:agent* -title:agent",
        "topic:cs.cl", "s*", "zh*", "constructor", "__proto__", "naïve", "kierkegaard", "lukasz",
        "electroencephalography~1", "electroencephalographi~2", "ab~1", "diffus~2", "lor*~1",
    ];

    public static IReadOnlyList<string> Generate(IReadOnlyList<SearchDocument> documents, int count, int seed = 5)
    {
        var random = new Random(seed);
        var queries = new List<string>(HandPicked);
        while (queries.Count < count)
        {
            var document = documents[random.Next(documents.Count)];
            var words = Words(document.Title);
            if (words.Length < 2)
            {
                continue;
            }

            var word = words[random.Next(words.Length)];
            var other = words[random.Next(words.Length)];
            var author = document.Authors.IsEmpty ? word : document.Authors[random.Next(document.Authors.Length)].Split(' ')[^1];
            queries.Add((queries.Count % 8) switch
            {
                0 => word,
                1 => $"{word} {other}",
                2 => $"title:{word}",
                3 => word[..Math.Min(word.Length, 4)] + "*",
                4 => $"+{word} -{other}",
                5 => word.Length > 4 ? word.Remove(random.Next(1, word.Length - 1), 1) + "~1" : word + "~1",
                6 => $"authors:{author}",
                _ => $"{author} {word}",
            });
        }

        return queries;
    }

    private static string[] Words(string title) =>
        [.. title.Split([' ', ':', ',', '(', ')', '?', '!', '"', '\'', '.', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 2 && !word.Contains('-', StringComparison.Ordinal) && !word.Contains('*', StringComparison.Ordinal)
                && !word.Contains('~', StringComparison.Ordinal) && !word.Contains('^', StringComparison.Ordinal))];
}
