using System.Collections.Immutable;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Maps the author names an editor writes to the site's authors: by name or alias (ignoring case, accents and
/// dots), then by first and last name when only one author fits; a name nobody has yet becomes a new author.
/// </summary>
internal sealed class AuthorDirectory
{
    private readonly Dictionary<string, string> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> byFirstAndLast = new(StringComparer.Ordinal);
    private readonly HashSet<string> takenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Author> created = new(StringComparer.Ordinal);

    public AuthorDirectory(IEnumerable<Author> authors)
    {
        foreach (var author in authors)
        {
            takenIds.Add(author.Id);
            foreach (var name in author.Aliases.Prepend(author.Name))
            {
                byName.TryAdd(NormaliseName(name), author.Id);
                var key = FirstAndLast(name);
                if (!byFirstAndLast.TryGetValue(key, out var ids))
                {
                    byFirstAndLast[key] = ids = [];
                }

                if (!ids.Contains(author.Id))
                {
                    ids.Add(author.Id);
                }
            }
        }
    }

    /// <summary>Authors this directory had to make up for names it did not know, by id.</summary>
    public IReadOnlyDictionary<string, Author> Created => created;

    public string IdOf(string name)
    {
        if (byName.TryGetValue(NormaliseName(name), out var id))
        {
            return id;
        }

        if (byFirstAndLast.TryGetValue(FirstAndLast(name), out var ids) && ids.Count == 1)
        {
            return ids[0];
        }

        id = UniqueId(name);
        created[id] = new Author(id, name, [], [], null);
        byName[NormaliseName(name)] = id;
        return id;
    }

    private string UniqueId(string name)
    {
        var slug = Slug.From(name);
        var id = slug.Length > 0 ? slug : "author";
        for (var suffix = 2; !takenIds.Add(id); suffix++)
        {
            id = $"{slug}-{suffix}";
        }

        return id;
    }

    private static string NormaliseName(string name) => PaperFinder.NormaliseTitle(name.Replace(".", "", StringComparison.Ordinal));

    private static string FirstAndLast(string name)
    {
        var parts = NormaliseName(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? string.Join(' ', parts) : $"{parts[0]} {parts[^1]}";
    }

    /// <summary>The author ids for a paper's names, in order.</summary>
    public ImmutableArray<string> IdsOf(IEnumerable<string> names) => [.. names.Select(IdOf)];
}
