using System.Collections.Immutable;
using System.Globalization;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// One author per person across all papers. Spellings that differ only in dots, spacing, case or accents are one
/// person outright. Beyond that, two names join only when it is safe or when a paper shows it:
/// <list type="bullet">
/// <item>"Dylan Cutler" and "Dylan J Cutler" join when no other spelling contradicts it: with a "Dylan K Cutler"
/// around, the short form could be either, and stays apart.</item>
/// <item>An initial ("J. Smith") never joins a full first name ("John Smith") on the name alone: many people share
/// a surname and an initial. It does when two dumps list the same paper with the two spellings at the same
/// position of its author list.</item>
/// <item>Different first names, or a surname alone, never join.</item>
/// <item>Two spellings on one author list (beyond dots, case and accents) never join: the paper names two people.</item>
/// </list>
/// </summary>
internal static class MergeAuthors
{
    private const string FallbackSlug = "author";

    /// <summary>Shared title words that stand in for one of the two co-authors an added given name needs.</summary>
    private const int SharedTermsForACoauthor = 2;

    private const int MaxTermsShown = 5;

    /// <param name="papers">Papers with their final ids, each with the records merged into it.</param>
    /// <param name="profiles">
    /// Profile pages in input order, by file. A person's first profile's stats win; every paper on any of their
    /// profile pages is theirs, even where the page cut the author list short before their name.
    /// </param>
    public static (ImmutableArray<MergedPaper> Papers, ImmutableArray<Author> Authors) Run(
        IReadOnlyList<PaperDraft> papers, IReadOnlyList<(string File, ProfileStats Stats)> profiles)
    {
        var forms = new NameForms();
        var listed = papers.Select(entry => entry.Paper.Authors.Select(forms.Add).ToArray()).ToList();
        var sameByEvidence = papers.SelectMany((entry, index) => AlignedSpellings(entry.Paper, entry.Records, listed[index], forms)).ToList();
        var profiled = profiles.Select(profile => (Form: forms.Add(profile.Stats.Name), profile.File, profile.Stats)).ToList();

        var people = new DisjointSets(forms.Count);
        foreach (var (first, second) in sameByEvidence)
        {
            people.Union(first, second);
        }

        JoinApartFromCoauthors(SafeByName(forms), listed, people);

        var variantEvidence = JoinVariantsWithEvidence(forms, papers.Select(entry => entry.Paper).ToList(), listed, people);

        var personForms = people.Sets();
        var personSpellings = personForms
            .Select(members => members.SelectMany(forms.Spellings).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            .ToList();
        var fullest = personForms.Select(members => Fullest(members, forms)).ToList();
        var names = fullest.Select(name => name.Spelling).ToList();
        var ids = UniqueIds.Assign(personSpellings.Select((spellings, person) => IdLadder(fullest[person], spellings)).ToList());
        var idOfForm = new string[forms.Count];
        for (var person = 0; person < personForms.Count; person++)
        {
            foreach (var form in personForms[person])
            {
                idOfForm[form] = ids[person];
            }
        }

        var linked = papers
            .Select((entry, index) => entry.Paper with { AuthorIds = [.. listed[index].Select(form => idOfForm[form])] })
            .ToImmutableArray();
        var listedPapers = linked.SelectMany(paper => paper.AuthorIds.Select(author => (Author: author, Paper: paper.Id)));
        // Papers by the files stating them, once: asking every paper about every profile page was quadratic.
        var papersByFile = linked
            .SelectMany(paper => paper.Sources.Select(source => source.File).Distinct(StringComparer.Ordinal), (paper, file) => (File: file, paper.Id))
            .ToLookup(entry => entry.File, entry => entry.Id, StringComparer.Ordinal);
        var profilePapers = profiled.SelectMany(profile => papersByFile[profile.File].Select(paper => (Author: idOfForm[profile.Form], Paper: paper)));
        var paperIdsByAuthor = listedPapers.Concat(profilePapers).ToLookup(link => link.Author, link => link.Paper, StringComparer.Ordinal);
        var profileByAuthor = profiled
            .GroupBy(profile => idOfForm[profile.Form], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        // The first author list, in input order, that spells each name so: the record a paper took its authors from.
        var firstListing = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var paper in papers.Select(entry => entry.Paper))
        {
            if (paper.FieldSources.GetValueOrDefault("authors") is { } listing)
            {
                foreach (var spelling in paper.Authors)
                {
                    firstListing.TryAdd(spelling, listing);
                }
            }
        }

        var authors = personSpellings
            .Select((spellings, person) => new Author(
                ids[person],
                names[person],
                [.. spellings.Where(spelling => spelling != names[person])],
                [.. paperIdsByAuthor[ids[person]].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                profileByAuthor.GetValueOrDefault(ids[person]).Stats)
            {
                IdentityEvidence = [.. personForms[person].SelectMany(form => variantEvidence.GetValueOrDefault(form, [])).Order(StringComparer.Ordinal)],
                FieldSources = AuthorFieldSources(firstListing.GetValueOrDefault(names[person]), profileByAuthor.GetValueOrDefault(ids[person]).File),
            })
            .OrderBy(author => author.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return (linked, authors);
    }

    /// <summary>
    /// Joins the pairs unless the two people sign one paper together: "Xiangyu Zhang" and "Xiangyu Tony Zhang" on one
    /// author list are two people, however well the names agree.
    /// </summary>
    private static void JoinApartFromCoauthors(IEnumerable<(int, int)> pairs, List<int[]> listed, DisjointSets people)
    {
        var papersOf = new Dictionary<int, HashSet<int>>();
        for (var paper = 0; paper < listed.Count; paper++)
        {
            foreach (var person in listed[paper].Select(people.Find))
            {
                GetOrAdd(papersOf, person).Add(paper);
            }
        }

        foreach (var (first, second) in pairs)
        {
            var (a, b) = (people.Find(first), people.Find(second));
            var (papersOfA, papersOfB) = (papersOf.GetValueOrDefault(a, []), papersOf.GetValueOrDefault(b, []));
            if (a == b || papersOfA.Overlaps(papersOfB))
            {
                continue;
            }

            people.Union(a, b);
            var (larger, smaller) = papersOfA.Count >= papersOfB.Count ? (papersOfA, papersOfB) : (papersOfB, papersOfA);
            larger.UnionWith(smaller);
            papersOf.Remove(a);
            papersOf.Remove(b);
            papersOf[people.Find(a)] = larger;
        }
    }

    /// <summary>
    /// Joins name variants the name alone cannot settle (<see cref="NameVariants"/>) when the papers agree: the two
    /// share a co-author (for an added given name two, or one and two title words, <see cref="TitleTerms"/>), their
    /// years of publication overlap (within a year, where both have dates) and they never appear on one paper together
    /// (two authors of one paper are two people). Returns, by form, the explanation of each join made.
    /// </summary>
    private static Dictionary<int, List<string>> JoinVariantsWithEvidence(NameForms forms, List<MergedPaper> papers, List<int[]> listed, DisjointSets people)
    {
        // Who is on each paper and each person's papers, as the joins so far have it. Co-authors and title words are
        // looked up only for the few pairs that get that far: most pairs of a common surname differ in given name.
        var personsOn = listed.Select(authorForms => authorForms.Select(people.Find).Distinct().ToArray()).ToArray();
        var papersOf = new Dictionary<int, HashSet<int>>();
        for (var paper = 0; paper < personsOn.Length; paper++)
        {
            foreach (var person in personsOn[paper])
            {
                GetOrAdd(papersOf, person).Add(paper);
            }
        }

        var titleTerms = new HashSet<string>?[papers.Count];
        HashSet<string> TermsOf(int paper) => titleTerms[paper] ??= TitleTerms.Of(papers[paper].Title).ToHashSet(StringComparer.Ordinal);
        HashSet<int> CoauthorsOf(int person) =>
            [.. papersOf.GetValueOrDefault(person, []).SelectMany(paper => personsOn[paper]).Where(other => other != person)];

        var evidence = new Dictionary<int, List<string>>();
        var bySurname = Enumerable.Range(0, forms.Count).GroupBy(form => forms.Identity(form).Surname, StringComparer.Ordinal).Where(group => group.Count() > 1);
        foreach (var namesakes in bySurname)
        {
            var members = namesakes.ToList();
            for (var firstAt = 0; firstAt < members.Count; firstAt++)
            {
                for (var secondAt = firstAt + 1; secondAt < members.Count; secondAt++)
                {
                    var (first, second) = (members[firstAt], members[secondAt]);
                    var (a, b) = (people.Find(first), people.Find(second));
                    if (a == b || NameVariants.Relation(forms.Identity(first), forms.Identity(second)) is not { } relation)
                    {
                        continue;
                    }

                    var (papersOfA, papersOfB) = (papersOf.GetValueOrDefault(a, []), papersOf.GetValueOrDefault(b, []));
                    if (papersOfA.Overlaps(papersOfB))
                    {
                        continue;
                    }

                    var (yearsOfA, yearsOfB) = (Years(papersOfA, papers), Years(papersOfB, papers));
                    if (yearsOfA is { } spanA && yearsOfB is { } spanB && (spanA.First > spanB.Last + 1 || spanB.First > spanA.Last + 1))
                    {
                        continue;
                    }

                    var shared = CoauthorsOf(a).Intersect(CoauthorsOf(b)).Select(person => forms.Spellings(person).Min(StringComparer.Ordinal)!).Order(StringComparer.Ordinal).ToList();
                    var sharedTerms = papersOfA.SelectMany(TermsOf).Intersect(papersOfB.SelectMany(TermsOf), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                    var needed = SharedCoauthorsNeeded(relation);
                    if (shared.Count < needed && !(shared.Count == needed - 1 && shared.Count > 0 && sharedTerms.Count >= SharedTermsForACoauthor))
                    {
                        continue;
                    }

                    people.Union(first, second);
                    var because = new List<string> { $"{relation}, shared co-authors {string.Join(", ", shared)}" };
                    if (sharedTerms.Count > 0)
                    {
                        because.Add($"shared title words {string.Join(", ", sharedTerms.Take(MaxTermsShown))}");
                    }

                    if (yearsOfA is { } shownA && yearsOfB is { } shownB)
                    {
                        because.Add($"years {Span(shownA)} and {Span(shownB)}");
                    }

                    GetOrAdd(evidence, first).Add($"{forms.Spellings(first).Min(StringComparer.Ordinal)} = {forms.Spellings(second).Min(StringComparer.Ordinal)}: {string.Join("; ", because)}");
                }
            }
        }

        return evidence;
    }

    /// <summary>The first and last year of the person's dated papers; null when none has a date.</summary>
    private static (int First, int Last)? Years(HashSet<int> paperIndexes, List<MergedPaper> papers)
    {
        var years = paperIndexes.Select(paper => papers[paper].Date?.Year).OfType<int>().ToList();
        return years.Count == 0 ? null : (years.Min(), years.Max());
    }

    private static string Span((int First, int Last) years) =>
        years.First == years.Last ? years.First.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{years.First}–{years.Last}");

    // The short form of an added given name is often a common name ("Xin Wang" stands for many people, who between
    // them share a co-author with almost anyone): it needs two shared co-authors.
    private static int SharedCoauthorsNeeded(string relation) => relation == NameVariants.AddedGivenName ? 2 : 1;

    private static TValue GetOrAdd<TValue>(Dictionary<int, TValue> map, int key)
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = new TValue();
        }

        return value;
    }

    /// <summary>The name from its first listing; the profile from its page, whose stats header opens the file.</summary>
    private static ImmutableSortedDictionary<string, SourceRef> AuthorFieldSources(SourceRef? nameListing, string? profileFile)
    {
        var sources = ImmutableSortedDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);
        if (nameListing is not null)
        {
            sources["name"] = nameListing;
        }

        if (profileFile is not null)
        {
            sources["profile"] = new SourceRef(profileFile, DumpShape.ProfilePage, 1);
        }

        return sources.ToImmutable();
    }

    /// <summary>
    /// Pairs of full-first-name forms of one surname that agree with each other and with exactly the same other
    /// forms; joining them can then never put together two spellings that contradict each other.
    /// </summary>
    private static IEnumerable<(int, int)> SafeByName(NameForms forms) =>
        Enumerable.Range(0, forms.Count)
            .Where(form => forms.Identity(form).HasFullFirstName)
            .GroupBy(form => (forms.Identity(form).Surname, forms.Identity(form).FirstName))
            .Where(namesakes => namesakes.Count() > 1)
            .SelectMany(namesakes =>
            {
                var members = namesakes.ToList();
                bool Agree(int first, int second) => forms.Identity(first).IsCompatibleWith(forms.Identity(second));
                return members
                    .SelectMany(first => members.Where(second => first < second && Agree(first, second))
                        .Where(second => members.All(other => other == first || other == second || Agree(first, other) == Agree(second, other)))
                        .Select(second => (first, second)));
            });

    /// <summary>
    /// Where another record of the same paper lists a compatible spelling at the same position as the chosen
    /// author list ("D. Cutler" where it says "Dylan J Cutler"), the two spellings are the same person.
    /// </summary>
    private static IEnumerable<(int, int)> AlignedSpellings(MergedPaper paper, IReadOnlyList<RawRecord> records, int[] listed, NameForms forms) =>
        records
            .Where(record => !record.Authors.IsEmpty && record.Source != paper.FieldSources.GetValueOrDefault("authors"))
            .SelectMany(record => record.Authors.Take(listed.Length).Select((spelling, position) => (spelling, position)))
            .Where(aligned => forms.Parse(aligned.spelling).IsCompatibleWith(forms.Identity(listed[aligned.position])))
            .Select(aligned => (listed[aligned.position], forms.Add(aligned.spelling)));

    /// <summary>"dylan-cutler", then "dylan-j-cutler" when another Dylan Cutler exists, then a hash of all spellings.</summary>
    private static IEnumerable<string> IdLadder((string Spelling, AuthorIdentity Identity) name, IReadOnlyList<string> spellings)
    {
        var slug = Slug.From(name.Spelling);
        if (Slug.From(name.Identity.ShortName) is { Length: > 0 } shortSlug)
        {
            yield return shortSlug;
            yield return slug;
        }

        yield return $"{(slug.Length > 0 ? slug : FallbackSlug)}-{Slug.ShortHash(string.Join('\n', spellings))}";
    }

    /// <summary>The spelling that says most: full given names over initials, more names, then longer, then ordinal.</summary>
    private static (string Spelling, AuthorIdentity Identity) Fullest(IReadOnlyList<int> members, NameForms forms) =>
        members
            .SelectMany(form => forms.Spellings(form).Select(spelling => (Spelling: spelling, Identity: forms.Identity(form))))
            .OrderByDescending(entry => entry.Identity.FirstName.Length + entry.Identity.MiddleNames.Sum(middle => middle.Length))
            .ThenByDescending(entry => entry.Identity.MiddleNames.Length)
            .ThenByDescending(entry => entry.Spelling.Length)
            .ThenBy(entry => entry.Spelling, StringComparer.Ordinal)
            .First();
}
