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
    /// <param name="dumps">
    /// The dumps in input order; their profile pages count. A person's first profile's stats win; every paper on any of
    /// their profile pages is theirs, even where the page cut the author list short before their name.
    /// </param>
    /// <remarks>
    /// Loops over arrays and classes rather than LINQ over tuples: each generic instantiation over a tuple was
    /// compiled at run time on every build (ReadyToRun cannot hold them), which was half of a 1,000-paper merge.
    /// </remarks>
    public static (ImmutableArray<MergedPaper> Papers, ImmutableArray<Author> Authors) Run(IReadOnlyList<PaperDraft> papers, IReadOnlyList<ParsedDump> dumps)
    {
        var forms = new NameForms();
        forms.ParseAhead(papers
            .SelectMany(paper => paper.Records.SelectMany(record => record.Authors).Concat(paper.Paper.Authors))
            .Concat(dumps.Select(dump => dump.Profile?.Name).OfType<string>()));
        var listed = new int[papers.Count][];
        for (var paper = 0; paper < papers.Count; paper++)
        {
            var spellings = papers[paper].Paper.Authors;
            listed[paper] = new int[spellings.Length];
            for (var position = 0; position < spellings.Length; position++)
            {
                listed[paper][position] = forms.Add(spellings[position]);
            }
        }

        // Registered in this order, after the listed spellings: form numbers follow first sight. Each pair is a
        // two-element array, as a list of tuples would be compiled at run time.
        var alignedPairs = new List<int[]>();
        for (var paper = 0; paper < papers.Count; paper++)
        {
            alignedPairs.AddRange(AlignedSpellings(papers[paper].Paper, papers[paper].Records, listed[paper], forms));
        }

        var profiled = new List<ProfilePage>();
        foreach (var dump in dumps)
        {
            if (dump.Profile is { } stats)
            {
                profiled.Add(new ProfilePage(forms.Add(stats.Name), dump.File, stats));
            }
        }

        var people = new DisjointSets(forms.Count);
        foreach (var pair in alignedPairs)
        {
            people.Union(pair[0], pair[1]);
        }

        JoinApartFromCoauthors(SafeByName(forms), listed, people);

        var variantEvidence = JoinVariantsWithEvidence(forms, papers.Select(entry => entry.Paper).ToList(), listed, people);

        // Each person's spellings and fullest name depend on their own forms only: spread over the cores.
        var personForms = people.Sets();
        var personSpellings = new List<string>[personForms.Count];
        var fullest = new (string Spelling, AuthorIdentity Identity)[personForms.Count];
        Parallel.For(0, personForms.Count, person =>
        {
            personSpellings[person] = personForms[person].SelectMany(forms.Spellings).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            fullest[person] = Fullest(personForms[person], forms);
        });
        var ids = UniqueIds.Assign(personSpellings.Select((spellings, person) => IdLadder(fullest[person], spellings)).ToList());
        var personOfForm = new int[forms.Count];
        for (var person = 0; person < personForms.Count; person++)
        {
            foreach (var form in personForms[person])
            {
                personOfForm[form] = person;
            }
        }

        var linked = ImmutableArray.CreateBuilder<MergedPaper>(papers.Count);
        // By person number, not by id: a string lookup per author of 100,000 papers cost more than the lists.
        var paperIdsOfPerson = new List<string>?[personForms.Count];
        // Papers by the files stating them, once: asking every paper about every profile page was quadratic.
        var papersByFile = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var paper = 0; paper < papers.Count; paper++)
        {
            var authorIds = ImmutableArray.CreateBuilder<string>(listed[paper].Length);
            foreach (var form in listed[paper])
            {
                authorIds.Add(ids[personOfForm[form]]);
            }

            var withAuthors = papers[paper].Paper with { AuthorIds = authorIds.MoveToImmutable() };
            linked.Add(withAuthors);
            foreach (var form in listed[paper])
            {
                (paperIdsOfPerson[personOfForm[form]] ??= []).Add(withAuthors.Id);
            }

            foreach (var source in withAuthors.Sources)
            {
                Dictionaries.GetOrAdd(papersByFile, source.File).Add(withAuthors.Id);
            }
        }

        var profileOfPerson = new ProfilePage?[personForms.Count];
        foreach (var profile in profiled)
        {
            var person = personOfForm[profile.Form];
            profileOfPerson[person] ??= profile;
            (paperIdsOfPerson[person] ??= []).AddRange(papersByFile.GetValueOrDefault(profile.File, []));
        }

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

        // Each author reads the maps above, which are complete by now: spread over the cores.
        var authors = new Author[personForms.Count];
        Parallel.For(0, authors.Length, person =>
        {
            var (id, name) = (ids[person], fullest[person].Spelling);
            var profile = profileOfPerson[person];
            authors[person] = new Author(
                id,
                name,
                [.. personSpellings[person].Where(spelling => spelling != name)],
                [.. (paperIdsOfPerson[person] ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                profile?.Stats)
            {
                IdentityEvidence = [.. personForms[person].SelectMany(form => variantEvidence.GetValueOrDefault(form, [])).Order(StringComparer.Ordinal)],
                FieldSources = AuthorFieldSources(firstListing.GetValueOrDefault(name), profile?.File),
            };
        });

        Array.Sort(authors, (first, second) => string.CompareOrdinal(first.Id, second.Id));
        return (linked.MoveToImmutable(), [.. authors]);
    }

    /// <summary>
    /// Joins the pairs unless the two people sign one paper together: "Xiangyu Zhang" and "Xiangyu Tony Zhang" on one
    /// author list are two people, however well the names agree.
    /// </summary>
    private static void JoinApartFromCoauthors(IEnumerable<(int, int)> candidatePairs, int[][] listed, DisjointSets people)
    {
        // Only the people of the pairs are ever looked up, and a join's person is one of theirs.
        var pairs = new List<(int, int)>();
        var persons = new HashSet<int>();
        foreach (var (first, second) in candidatePairs)
        {
            pairs.Add((first, second));
            persons.Add(people.Find(first));
            persons.Add(people.Find(second));
        }

        var papersOf = PapersOf(persons, listed, people);
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
    private static Dictionary<int, List<string>> JoinVariantsWithEvidence(NameForms forms, List<MergedPaper> papers, int[][] listed, DisjointSets people)
    {
        // The pairs of one surname that may be one person, in the order comparing every pair would meet them.
        var pairs = new List<(int First, int Second, string Relation)>();
        foreach (var members in FormsBy(forms, identity => identity.Surname))
        {
            var laterCandidates = LaterVariantCandidates(members, forms);
            for (var firstAt = 0; firstAt < members.Count; firstAt++)
            {
                foreach (var secondAt in laterCandidates[firstAt])
                {
                    if (NameVariants.Relation(forms.Identity(members[firstAt]), forms.Identity(members[secondAt])) is { } relation)
                    {
                        pairs.Add((members[firstAt], members[secondAt], relation));
                    }
                }
            }
        }

        // Who is on each paper and each person's papers, as the joins so far have it, for the people of the pairs only
        // (a join's person is one of theirs). Co-authors and title words are looked up only for the few pairs that get
        // that far: most pairs of a common surname differ in given name.
        var papersOf = PapersOf([.. pairs.SelectMany(pair => new[] { pair.First, pair.Second }).Select(people.Find)], listed, people);
        var personsOn = new int[listed.Length][];
        foreach (var paper in papersOf.Values.SelectMany(papersOfPerson => papersOfPerson))
        {
            personsOn[paper] ??= [.. listed[paper].Select(people.Find).Distinct()];
        }

        var titleTerms = new HashSet<string>?[papers.Count];
        HashSet<string> TermsOf(int paper) => titleTerms[paper] ??= TitleTerms.Of(papers[paper].Title).ToHashSet(StringComparer.Ordinal);
        HashSet<int> CoauthorsOf(int person) =>
            [.. papersOf.GetValueOrDefault(person, []).SelectMany(paper => personsOn[paper]).Where(other => other != person)];

        var evidence = new Dictionary<int, List<string>>();
        foreach (var (first, second, relation) in pairs)
        {
            var (a, b) = (people.Find(first), people.Find(second));
            if (a == b)
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

            Dictionaries.GetOrAdd(evidence, first).Add($"{forms.Spellings(first).Min(StringComparer.Ordinal)} = {forms.Spellings(second).Min(StringComparer.Ordinal)}: {string.Join("; ", because)}");
        }

        return evidence;
    }

    /// <summary>
    /// Per position in <paramref name="members"/>, the later positions whose name shares one of its
    /// <see cref="NameVariants.Keys"/>, ascending: the only pairs <see cref="NameVariants.Relation"/> can relate, in
    /// the order comparing every pair would meet them. Comparing every pair of a common surname ("Wang") was quadratic.
    /// </summary>
    private static List<int>[] LaterVariantCandidates(List<int> members, NameForms forms)
    {
        var positionsByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keysAt = new List<string>[members.Count];
        for (var position = 0; position < members.Count; position++)
        {
            keysAt[position] = [.. NameVariants.Keys(forms.Identity(members[position]))];
            foreach (var key in keysAt[position])
            {
                Dictionaries.GetOrAdd(positionsByKey, key).Add(position);
            }
        }

        var later = new List<int>[members.Count];
        for (var position = 0; position < members.Count; position++)
        {
            var candidates = new SortedSet<int>();
            foreach (var key in keysAt[position])
            {
                foreach (var other in positionsByKey[key])
                {
                    if (other > position)
                    {
                        candidates.Add(other);
                    }
                }
            }

            later[position] = [.. candidates];
        }

        return later;
    }

    /// <summary>The papers of each of <paramref name="persons"/> (roots in <paramref name="people"/>) that has any, ascending.</summary>
    private static Dictionary<int, HashSet<int>> PapersOf(HashSet<int> persons, int[][] listed, DisjointSets people)
    {
        var papersOf = new Dictionary<int, HashSet<int>>();
        for (var paper = 0; paper < listed.Length; paper++)
        {
            foreach (var form in listed[paper])
            {
                var person = people.Find(form);
                if (persons.Contains(person))
                {
                    Dictionaries.GetOrAdd(papersOf, person).Add(paper);
                }
            }
        }

        return papersOf;
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
    /// The forms that share a key, in groups of two or more: groups in order of their first form, forms ascending
    /// (what GroupBy gives, without its tuple-keyed instantiations). A null key leaves the form out.
    /// </summary>
    private static List<List<int>> FormsBy(NameForms forms, Func<AuthorIdentity, string?> key)
    {
        var groupOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groups = new List<List<int>>();
        for (var form = 0; form < forms.Count; form++)
        {
            if (key(forms.Identity(form)) is not { } formKey)
            {
                continue;
            }

            if (!groupOf.TryGetValue(formKey, out var group))
            {
                groupOf[formKey] = group = [];
                groups.Add(group);
            }

            group.Add(form);
        }

        return groups.FindAll(group => group.Count > 1);
    }

    /// <summary>
    /// Pairs of full-first-name forms of one surname that agree with each other and with exactly the same other
    /// forms; joining them can then never put together two spellings that contradict each other.
    /// </summary>
    private static IEnumerable<(int, int)> SafeByName(NameForms forms)
    {
        // Neither name holds a line break: a full first name means both are folded letters only.
        var groups = FormsBy(forms, identity => identity.HasFullFirstName ? identity.Surname + "\n" + identity.FirstName : null);
        foreach (var members in groups)
        {
            bool Agree(int first, int second) => forms.Identity(first).IsCompatibleWith(forms.Identity(second));
            foreach (var first in members)
            {
                foreach (var second in members)
                {
                    if (first < second && Agree(first, second) && members.TrueForAll(other => other == first || other == second || Agree(first, other) == Agree(second, other)))
                    {
                        yield return (first, second);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where another record of the same paper lists a compatible spelling at the same position as the chosen
    /// author list ("D. Cutler" where it says "Dylan J Cutler"), the two spellings are the same person.
    /// </summary>
    private static IEnumerable<int[]> AlignedSpellings(MergedPaper paper, IReadOnlyList<RawRecord> records, int[] listed, NameForms forms)
    {
        foreach (var record in records)
        {
            if (record.Authors.IsEmpty || record.Source == paper.FieldSources.GetValueOrDefault("authors"))
            {
                continue;
            }

            for (var position = 0; position < Math.Min(record.Authors.Length, listed.Length); position++)
            {
                var spelling = record.Authors[position];
                if (forms.Parse(spelling).IsCompatibleWith(forms.Identity(listed[position])))
                {
                    yield return [listed[position], forms.Add(spelling)];
                }
            }
        }
    }

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
