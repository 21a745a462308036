using System.Collections.Immutable;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Maps the author names an editor writes to the site's authors with merge's author identity
/// (<see cref="AuthorIdentity"/>): by name or alias (ignoring case, accents and dots), then by given and family name
/// when only one author fits; a name nobody has yet becomes a new author, with an id made as merge makes them.
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
                var identity = AuthorIdentity.Parse(name);
                byName.TryAdd(identity.Key, author.Id);
                var key = identity.ShortName;
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
        var identity = AuthorIdentity.Parse(name);
        if (byName.TryGetValue(identity.Key, out var id))
        {
            return id;
        }

        if (byFirstAndLast.TryGetValue(identity.ShortName, out var ids) && ids.Count == 1)
        {
            return ids[0];
        }

        id = NewId(name, takenIds);
        takenIds.Add(id);
        created[id] = new Author(id, name, [], [], null);
        byName[identity.Key] = id;
        return id;
    }

    /// <summary>An id for a person the build did not know, made as merge makes author ids: the name's slug, else with a hash of the name.</summary>
    public static string NewId(string name, IReadOnlySet<string> taken)
    {
        var slug = Slug.From(name) is { Length: > 0 } readable ? readable : "author";
        return UniqueIds.Assign([[slug, $"{slug}-{Slug.ShortHash(name)}"]], taken)[0];
    }

    /// <summary>The author ids for a paper's names, in order.</summary>
    public ImmutableArray<string> IdsOf(IEnumerable<string> names) => [.. names.Select(IdOf)];
}
