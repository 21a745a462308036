using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Splits a feed line where the title runs straight into the author list:
/// <c>Matryoshka Representation LearningAditya Kusupati, Gantavya Bhatt et al. · uw</c>.
/// </summary>
/// <remarks>
/// The glue point is a capital letter right after a non-space character ("gA", "?H", "eD"). Titles have a few such points of their own (MatFormer, Gauss-Newton, AdEMAMix), so
/// each candidate is scored by how well the rest of the line reads as a list of authors: a point for each person or
/// organisation ("NVIDIA", "DeepSeek-AI", "SIMA team"), half a point for an unusual name
/// ("NewtonNatalie", "ShahRukh", "MVS", a single word) or an organisation whose first word looks cut from the title ("DataVenus Team", "MA team"), and a point off when the title would end in a hyphen ("Gauss-"), a comma or a
/// cut acronym ("…What LL" + "M-Based Agents…"), half a point when in a capitalised part run onto a word
/// ("CaptureShah", "CNNYong"), unless the abstract uses the word ("AzarNet"). A quarter point goes to a title whose last
/// word the abstract uses (of the glue points in one word, the latest that leaves a word the abstract uses:
/// "BigBench" over "Big" in "BigBenchTodor"), which settles ties, such as the half point off "BigBench" against the
/// half point for "BenchTodor". A candidate whose rest reads entirely as authors beats any whose
/// rest does not; then the best score wins, the earliest among equals: an earlier point drags title words into the
/// first name, a later one cuts the first name short. The split is certain when every author of the winner reads
/// as one and no other reading whose authors all do scores as well.
/// A tie between readings whose authors all read as names goes to the first name the name lexicon knows
/// against an odd unknown one ("Fernando" over "WorldFernando", see <see cref="BestKnownFirstName"/>), else to the
/// earliest; either way the split is unsure.
/// When unsure, the other likely splits go along as alternatives for merge to settle against titles other dumps
/// state; and an unsure split that would leave a title under <see cref="ShortestGuessedTitle"/> characters keeps the
/// whole line (less "et al." and the organisation tag) as the title instead (with the guess as an alternative), since a fragment like "S" is never a title.
/// </remarks>
internal static partial class TitleAuthorSplitter
{
    public const int ShortestGuessedTitle = 8;

    private const double Awkward = 0.5;

    private const double AbstractAgrees = 0.25;

    private const int MaxAlternatives = 3;

    private const int ShortestTitleWord = 4;

    /// <summary>How often the name lexicon's names must use a word for it to count as a known name (<see cref="NameWords"/>).</summary>
    private const int KnownNameWord = 3;

    private const string NameSeparator = ", ";

    public sealed record Split(string Title, AuthorList Authors, bool Certain, ImmutableArray<TitleReading> Alternatives);

    private sealed record Candidate(int Index, bool AllNames, double Score);

    public static Split Run(string line, string? summary = null)
    {
        // Every candidate's rest ends with the same names: score the ", "-separated segments once, from the end, so
        // each candidate only costs its own first name.
        var (names, truncated, org) = AuthorList.SplitTail(line);
        var segments = names.Split(NameSeparator);
        var scoreAfter = new double[segments.Length];
        var allNamesAfter = new bool[segments.Length];
        for (var k = segments.Length - 2; k >= 0; k--)
        {
            // "Salvatore D'Oro andSalil S. Kanhere" is two names.
            var glued = AuthorList.Unglue(AuthorList.Clean(segments[k + 1]));
            scoreAfter[k] = scoreAfter[k + 1] + glued.Sum(NameScore);
            allNamesAfter[k] = (k == segments.Length - 2 || allNamesAfter[k + 1]) && glued.All(IsAuthor);
        }

        var wording = new AbstractWording(summary);
        var candidates = new List<Candidate>();
        var segmentStart = 0;
        for (var k = 0; k < segments.Length; segmentStart += segments[k].Length + NameSeparator.Length, k++)
        {
            for (var offset = 1; offset < segments[k].Length; offset++)
            {
                var index = segmentStart + offset;
                if (!IsGluePoint(line, index))
                {
                    continue;
                }

                var first = AuthorList.Clean(segments[k][offset..]);
                var title = line[..index].TrimEnd();
                var (isAuthor, score) = FirstAuthor(first, title, wording);
                // A title cut after a hyphen or slash ("…, Jean-" + "Gabriel Luque", "A/" + "Prof. Vanessa Teague")
                // or inside a word the abstract uses whole ("…Large-scale UA" + "V Networks, A Quantum…", where the
                // abstract says "UAV"; not "IntelligenceFoundation" for its "intelligence foundation") never counts as a reading whose rest is all names, however well the rest reads.
                candidates.Add(new Candidate(
                    index,
                    isAuthor && (k == segments.Length - 1 || allNamesAfter[k]) && !IsCut(title) && !wording.UsesAsOneWord(WholeWord(line, title.LastIndexOf(' ') + 1)),
                    score + scoreAfter[k] - TitleEndPenalty(line, index, title, wording)));
            }
        }

        // A first name written in lower case ("…Long-context QAjiajie Zhang", "…Validationohaned Chraiti") leaves no
        // capital to glue at: try after the last whole word of the title part that can end one, half a point off.
        if (LowerCaseGluePoint(segments[0], wording) is { } lowerCase)
        {
            var first = Capitalised(AuthorList.Clean(segments[0][lowerCase..]));
            candidates.Add(new Candidate(lowerCase, IsAuthor(first) && (segments.Length == 1 || allNamesAfter[0]), NameScore(first) + scoreAfter[0] - Awkward));
        }

        // Of the glue points in one word ("BigBenchTodor"), the abstract backs the one after the longest start it uses
        // as a word ("BigBench", not "Big"; "QA", not "Q", in "QAjiajie").
        // A word the abstract uses whole ("LongCat" of "Meituan LongCat Team") is not split by it.
        foreach (var word in candidates.GroupBy(candidate => line.LastIndexOf(' ', candidate.Index - 1)))
        {
            if (!wording.Uses(WholeWord(line, word.Key + 1)) && word.Where(candidate => wording.Uses(line[(word.Key + 1)..candidate.Index].TrimEnd())).MaxBy(candidate => candidate.Index) is { } backed)
            {
                candidates[candidates.IndexOf(backed)] = backed with { Score = backed.Score + AbstractAgrees };
            }
        }

        // Best first; a stable sort keeps the earliest first among equals.
        var ranked = candidates.OrderByDescending(candidate => candidate.AllNames).ThenByDescending(candidate => candidate.Score).ToList();
        var noAuthors = new AuthorList([], truncated, org);
        if (ranked.Count == 0)
        {
            return new Split(names, noAuthors, Certain: false, []);
        }

        // A name found after a lower-case glue point reads as one only once capitalised: unsure. So is a tie between
        // two readings whose authors all read as names ("Image" + "NetDmytro Mishkin", "ImageNet" + "Dmytro
        // Mishkin"): the lexicon's name words or position chose, and merge may know the title or the first author
        // from another record.
        var best = ranked[0];
        var tied = ranked.Count > 1 && ranked[1].AllNames && ranked[1].Score == best.Score;
        if (tied && best.AllNames)
        {
            best = BestKnownFirstName(line, ranked.TakeWhile(candidate => candidate.AllNames && candidate.Score == best.Score).ToList());
            ranked.Remove(best);
            ranked.Insert(0, best);
        }

        var certain = best.AllNames && !tied && !char.IsLower(line[best.Index]);
        var alternatives = certain
            ? []
            : ranked.Skip(1).Take(MaxAlternatives).Select(candidate => Reading(line, candidate)).ToImmutableArray();
        var guess = Reading(line, best);
        if (!best.AllNames && guess.Title.Length < ShortestGuessedTitle)
        {
            return new Split(names, noAuthors, Certain: false, [guess, .. alternatives]);
        }

        return new Split(guess.Title, AuthorList.Parse(line[best.Index..], andSeparates: false), certain, alternatives);
    }

    /// <summary>
    /// Of tied readings, the one whose first author is a plain person's name (not a lone "Rao" cut from
    /// "SubramanyaRao", nor an organisation) whose given name the name lexicon (<see cref="NameWords"/>) knows as one
    /// or does not know at all, or a lone given name it knows (<see cref="IsCredibleFirstAuthor"/>), when every other
    /// reading's first author is an odd name the lexicon does not know (<see cref="IsOddUnknownName"/>). Real
    /// run-together names start with a name word ("AmirAbbas", "ShihChung") and stay tied, as do "HuiMing" against
    /// "Ming" and "AKM" against "M"; so does a reading whose title would end in a plural with a capitalised part run
    /// on ("AlgorithmsMir" + "Saleh Bahavarnia" of "MirSaleh"): coined camel-case words are made from singulars
    /// ("CodeWorld", "ImageNet"). Otherwise the earliest.
    /// </summary>
    private static Candidate BestKnownFirstName(string line, List<Candidate> tied)
    {
        var readings = tied.Select(candidate => Reading(line, candidate)).ToList();
        var firstAuthors = readings.Select(reading => reading.Authors?.FirstOrDefault() is { } first ? Capitalised(first) : string.Empty).ToList();
        bool Wins(int index)
        {
            var known = IsKnownGivenName(FirstWord(firstAuthors[index]));
            return IsCredibleFirstAuthor(firstAuthors[index]) && !PluralWithCapitalisedTail().IsMatch(readings[index].Title)
                && firstAuthors.Where((_, other) => other != index).All(name => IsOddUnknownName(name) && (known || HasGluedOnGivenName(name)));
        }

        return Enumerable.Range(0, tied.Count).Where(Wins).Select(index => tied[index]).FirstOrDefault(tied[0]);
    }

    // "FrasesElvys", "DaOsuolale": a given name the lexicon does not know either way, but run together or prefixed
    // where a plain one is not, is no reason to prefer its plain rival unless the lexicon knows that one; a stray
    // capital ("YIlun" of "…Chinese" + "YIlun Zhu" against "…ChineseY" + "Ilun Zhu") is a slip of real names.
    private static bool HasGluedOnGivenName(string name) =>
        PersonName.IsRunTogether(FirstWord(name)) || PersonName.HasSurnamePrefix(FirstWord(name));

    /// <summary>
    /// "Fernando Alegre", "Siddharth" (37 times a given name in the lexicon, never a surname), "Elvys Linhares Pontes"
    /// (a given name the lexicon has never seen); not "Kumar Nigam" cut from "AkshatKumar Nigam" nor "Din A. Mazied"
    /// cut from "EmadelDin A. Mazied" (the lexicon's names end with "Kumar" and "Din" far more often than they start
    /// with them), nor the "DaOsuolale" of "…TraCon" + "DaOsuolale Abdulrahamon Tiamiyu".
    /// </summary>
    private static bool IsCredibleFirstAuthor(string name)
    {
        var firstWord = FirstWord(name);
        return name.Contains(' ', StringComparison.Ordinal)
            ? IsPlainPerson(name) && !HasPrefixedGivenName(name) && (IsKnownGivenName(firstWord) || NameWords.Count(firstWord) == 0)
            : IsKnownGivenName(firstWord) && !OrganisationName.IsPlausible(name);
    }

    // "Siddharth", "Dmytro"; not "Rao", "Wang", "Chowdhury", which the lexicon's names mostly end with.
    private static bool IsKnownGivenName(string word) =>
        NameWords.AsGivenName(word) >= KnownNameWord && NameWords.AsGivenName(word) > NameWords.AsSurname(word);

    // "Fernando Alegre", not "Rao" cut from "SubramanyaRao" nor the "Gemma Team" cut from "DiffusionGemma Team".
    private static bool IsPlainPerson(string name) =>
        PersonName.IsPlausible(name) && !PersonName.IsUnusual(name) && !OrganisationName.IsPlausible(name);

    /// <summary>
    /// A name the lexicon does not know that reads as a title's end glued on: a given name run together onto a start
    /// that is no name word either ("WorldFernando" of "CodeWorld" + "Fernando Alegre", "NetDmytro"), two capitals
    /// with one dot ("TH." of "Io" + "TH. Murat Gürsu": initials are written "T. H." or "TH", and no name of the
    /// lexicon has such a word), a given name with a surname prefix ("DaOsuolale" of "…of TraCon" + "DaOsuolale
    /// Abdulrahamon Tiamiyu", see <see cref="PersonName.HasSurnamePrefix"/>), or any word run together from a start
    /// that is no name word and a known given name ("ResearchSiddharth" of "…for HC" + "I ResearchSiddharth").
    /// </summary>
    private static bool IsOddUnknownName(string name)
    {
        var firstWord = FirstWord(name);
        return !OrganisationName.IsPlausible(name)
            && ((NameWords.Count(firstWord) == 0 && (TwoCapitalsOneDot().IsMatch(firstWord) || (PersonName.IsUnlikely(name) && NameWords.Count(FirstPart().Match(firstWord).Value) == 0)))
                || HasPrefixedGivenName(name) || name.Split(' ').Any(GluesWordToGivenName));
    }

    private static bool GluesWordToGivenName(string word)
    {
        var givenName = CapitalisedEnd().Match(word);
        return givenName.Index > 0 && NameWords.Count(word) == 0 && IsKnownGivenName(givenName.Value)
            && NameWords.Count(word[..givenName.Index]) == 0 && RunTogetherStart().IsMatch(word[..givenName.Index]);
    }

    // "DaOsuolale Abdulrahamon Tiamiyu": a first word of several that the lexicon does not know, with a surname prefix.
    private static bool HasPrefixedGivenName(string name)
    {
        var firstWord = FirstWord(name);
        return name.Contains(' ', StringComparison.Ordinal) && NameWords.Count(firstWord) == 0 && PersonName.HasSurnamePrefix(firstWord);
    }

    private static string FirstWord(string name) => name.Split(' ', 2)[0];

    /// <summary>
    /// Whether the first author reads as one, and how well: a report's author may be the name its title opens with
    /// ("LLM-jp: A Cross-organizational Project…" by "LLM-jp"); a name holding a word the abstract uses in lower case
    /// ("D Malware DetectionsTonTon …", "LossJithin James") has probably taken a title word, a quarter point off.
    /// </summary>
    private static (bool IsAuthor, double Score) FirstAuthor(string first, string title, AbstractWording wording)
    {
        if (title.StartsWith(first + ":", StringComparison.Ordinal))
        {
            return (true, 1);
        }

        // A person's first word's first part ("Loss" of "LossJithin"), or a later given name whole ("Malware", not the
        // "Long" of "Meituan LongCat Team"); an organisation's words are often ordinary ("DiffusionGemma Team"). A
        // first part the title itself uses ("Recommendations" of "Beyond Movie Recommendations: … in
        // E-commerceRecommendationsJulia") is the title's word again.
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var firstPart = FirstPart().Match(words[0]).Value;
        var takesTitleWord = words.Length > 1 && !OrganisationName.IsPlausible(first) && (wording.UsesInLowerCase(firstPart)
            || words[1..^1].Any(wording.UsesInLowerCase)
            || (firstPart.Length >= ShortestTitleWord && firstPart.Length < words[0].Length && Word().Matches(title).Any(word => word.Value.Trim(':', ',', '?', '.').Equals(firstPart, StringComparison.OrdinalIgnoreCase))));
        return (IsAuthor(first), NameScore(first) - (takesTitleWord ? AbstractAgrees : 0));
    }

    /// <summary>
    /// The point inside the title part where a lower-case name may start: after the start of its last word that the
    /// abstract uses or that ends like an English noun ("QA", "Validation"), when the rest is two or three words that,
    /// capitalised, read as a person's name.
    /// </summary>
    private static int? LowerCaseGluePoint(string segment, AbstractWording wording)
    {
        foreach (var word in Word().Matches(segment).Reverse())
        {
            var point = Enumerable.Range(word.Index + 2, Math.Max(0, word.Length - 2)).Reverse()
                .FirstOrDefault(index => char.IsLower(segment[index]) && char.IsLetter(segment[index - 1])
                    && index >= ShortestGuessedTitle && IsShortName(segment[index..], wording) && IsPlainAuthor(Capitalised(AuthorList.Clean(segment[index..])))
                    && (UsedTitleWord(segment[word.Index..index], wording) || NounEnding().IsMatch(segment[word.Index..index])));
            if (point > 0)
            {
                return point;
            }
        }

        return null;
    }

    // "Katsushi Ikeuchi", "ActAVA AI", but not a run-together "IngLi Weile" cut from "ModelingLi weile".
    private static bool IsPlainAuthor(string name) =>
        OrganisationName.IsPlausible(name) || (PersonName.IsPlausible(name) && !PersonName.IsUnusual(name));

    // "QA" or "Validation" the abstract uses; not the "Be" of "N. Benjamin", a short word any abstract has.
    private static bool UsedTitleWord(string start, AbstractWording wording) =>
        (start.Length > 2 || start.All(char.IsUpper)) && wording.Uses(start);

    // "ohaned Chraiti": two or three words, the first more than a letter and not one the abstract uses; not
    // "s Acquire", "es Reshape Vision Language Models" or the "finite Types" of "Infinite Types". A name in lower
    // case is so throughout ("katsushi ikeuchi") or lost only its first capital ("jiajie Zhang"): words after the
    // first, particles aside, are all lower case or all capitalised, as all 45 such names of the corpus do; a title's
    // "ation in Matlab" (of "…implementation in Matlab, Torch, TensorFlow") is not.
    private static bool IsShortName(string rest, AbstractWording wording)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var later = words.Skip(1).Where(word => !PersonName.IsParticle(word)).ToList();
        return words.Length is 2 or 3 && words[0].Length > 1 && !wording.Uses(words[0])
            && (later.All(word => char.IsLower(word[0])) || later.All(word => char.IsUpper(word[0])));
    }

    private static string WholeWord(string line, int start)
    {
        var end = line.IndexOfAny([' ', ','], start);
        return line[start..(end < 0 ? line.Length : end)];
    }

    // "katsushi ikeuchi" as "Katsushi Ikeuchi", to be judged as a name.
    private static string Capitalised(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));

    private static TitleReading Reading(string line, Candidate candidate) =>
        new(line[..candidate.Index].TrimEnd(), null, AuthorList.Parse(line[candidate.Index..], andSeparates: false).Names);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\p{Lu}{2}\.$")]
    private static partial Regex TwoCapitalsOneDot();

    [GeneratedRegex(@"\p{Ll}{2}s\p{Lu}\p{Ll}*$")]
    private static partial Regex PluralWithCapitalisedTail();

    [GeneratedRegex(@"^\p{Lu}?\p{Ll}+")]
    private static partial Regex FirstPart();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+$")]
    private static partial Regex CapitalisedEnd();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+)+$")]
    private static partial Regex RunTogetherStart();

    // "HumanMohammad" of "Proof-of-Unique-HumanMohammad": the letters a word ends in.
    [GeneratedRegex(@"\p{L}+$")]
    private static partial Regex LetterRun();

    [GeneratedRegex(@"\p{Ll}(?:tion|sion|ment|ness|ing|ity)$")]
    private static partial Regex NounEnding();

    private static bool IsAuthor(string name) => PersonName.IsPlausible(name) || OrganisationName.IsPlausible(name);

    /// <summary>
    /// A point for a person or organisation, half for a name with an unusual word, a quarter for one run together
    /// from parts that are not East Asian syllables ("NetKoushiki"), none for what is neither.
    /// </summary>
    private static double NameScore(string name) =>
        OrganisationName.IsPlausible(name) ? (OrganisationName.StartsOddly(name) ? 1 - Awkward : 1)
        : !PersonName.IsPlausible(name) ? 0
        : PersonName.IsUnlikely(name) ? 1 - Awkward - AbstractAgrees
        : PersonName.IsUnusual(name) ? 1 - Awkward : 1;

    /// <summary>
    /// A cut between two capitalised parts of one run-together given name. Where the part before the cut is run onto
    /// a word it may be the title's own ("…on OneMax" + "Benjamin Doerr", both name words): the whole word among the
    /// lexicon's names tells ("…ModelMohammad" + "Taghi …" of "MohammadTaghi"), and so do two given names the lexicon
    /// knows, neither an East Asian syllable, when the abstract does not use the title's word ("…Proof-of-Unique-HumanMohammad"
    /// + "Javad Hajialikhani" of "MohammadJavad"): Persian and Arabic double given names are written run together, a
    /// coined word the title ends in is one its abstract names ("OneMax"), and a syllable's ("…at LinkedIn" +
    /// "Guillaume Saint-Jacques") runs together with no French name. Where it starts a name after
    /// a comma ("…Bateni, Mohammad" + "Taghi Hajiaghayi"), inside the author list, both parts used often by the
    /// lexicon's names tell as well, unless both are East Asian syllables, which run together into names of their own.
    /// </summary>
    private static bool CutsKnownName(string line, int index, string title, AbstractWording wording)
    {
        var lastWord = title[(title.LastIndexOf(' ') + 1)..];
        var before = CapitalisedEnd().Match(lastWord);
        var after = FirstPart().Match(WholeWord(line, index));
        if (!before.Success || !after.Success)
        {
            return false;
        }

        var knownWhole = NameWords.Count(before.Value + after.Value) > 0;
        var givenNamePair = new[] { before.Value, after.Value }.All(part => IsKnownGivenName(part) && !PersonName.IsSyllable(part));
        return before.Index > 0
            ? char.IsLetter(lastWord[before.Index - 1]) && (knownWhole || (givenNamePair && !wording.Uses(LetterRun().Match(lastWord).Value)))
            : title.EndsWith(NameSeparator + lastWord, StringComparison.Ordinal)
                && (knownWhole || (!(PersonName.IsSyllable(before.Value) && PersonName.IsSyllable(after.Value)) && new[] { before.Value, after.Value }.All(part => NameWords.Count(part) >= KnownNameWord)));
    }

    // "Gauss-", "A/", "Reliability,", "LL" cut from "LLM-Based": a title ending like this has lost its end, a point off.
    // "CaptureShah", "LSTM-CNNYong": a title ending in a capitalised part run onto a word probably has, half a point
    // off (a plural like "LLMs" has not), as for a title ending in a lone capital ("…Long-context Q" + "Ajiajie Zhang"),
    // a word glued on after a question mark ("…Know?Hui" + "Ming Fan"), or capitals run onto a word before a lone
    // initial ("…MethodologiesAZ" + "M Ehtesham Chowdhury" cuts the name "AZM Ehtesham Chowdhury"; three capitals
    // are a title's acronym, "…NuSMV" + "S Sheerazuddin"). A noun's ending with a capitalised part ("AttenuationMir") is a
    // point off, unless the abstract uses the word ("FusionRoute"); so is a capitalised part the abstract uses with the
    // word ("AzarNet" + "Shahla RezezadehAzar"), and a cut inside a run-together given name the lexicon's names know
    // ("…Bateni, Mohammad" + "Taghi Hajiaghayi", see <see cref="CutsKnownName"/>).
    private static double TitleEndPenalty(string line, int index, string title, AbstractWording wording)
    {
        var lastSpace = title.LastIndexOf(' ');
        var lastWord = title.AsSpan(lastSpace + 1);
        var abstractUsesLastWord = wording.Uses(lastWord.ToString());
        // "…UAV" + "L. Arreola" is an acronym followed by an initial, not a cut one; so is an acronym the abstract
        // uses as written ("…YARN" + "JIa-Chun Lin").
        var cutsAcronym = char.IsUpper(line[index - 1]) && index + 1 < line.Length && (char.IsUpper(line[index + 1]) || char.IsDigit(line[index + 1]) || line[index + 1] == '-')
            && !(lastWord.Length >= 3 && abstractUsesLastWord);
        var cutsNameAcronym = index + 1 < line.Length && line[index + 1] == ' ' && CapitalPairTail().IsMatch(title);
        var nounWithTail = NounWithCapitalisedTail().IsMatch(lastWord) && !abstractUsesLastWord;
        // "…BarteringSyeda Zar" + "Afshan Gohera": the same before a last word that starts a name, which began inside the title.
        var wordBefore = lastSpace > 0 ? title[(title.LastIndexOf(' ', lastSpace - 1) + 1)..lastSpace] : string.Empty;
        var nounWithTailBefore = lastWord.Length > 0 && char.IsUpper(lastWord[0]) && NounWithCapitalisedTail().IsMatch(wordBefore) && !wording.Uses(wordBefore);
        // "…on Hadoop YARNJ" + "Ia-Chun Lin" of "JIa-Chun Lin": the abstract says "YARN", not "YARNJ".
        var takesInitial = lastWord.Length > 3 && lastWord.ToString().All(char.IsUpper) && !abstractUsesLastWord && wording.Uses(lastWord[..^1].ToString());
        // "…Medical ImagesM. Mary" + "Shanthi Rani" of "M. MaryShanthi Rani": an initial glued to a word, which no title
        // of the corpus has, began the name inside the title.
        return IsCut(title) || title.EndsWith(',') || cutsAcronym || nounWithTail || nounWithTailBefore || GluedInitial().IsMatch(title) || CutsKnownName(line, index, title, wording) ? 1
            : (CapitalisedTail().IsMatch(lastWord) && !abstractUsesLastWord) || (lastWord.Length == 1 && char.IsUpper(lastWord[0])) || cutsNameAcronym || LoneCapitalTail().IsMatch(lastWord) || takesInitial ? Awkward
            : 0;
    }

    // "…from 'A' to '" + "Z'Hadrien Barral", "…Engineering. {" + "Scalable Approximated, …": a quote or bracket
    // opened and never closed.
    private static bool IsCut(string title) =>
        title.EndsWith('-') || title.EndsWith('/') || title.EndsWith('{') || title.EndsWith('(') || title.EndsWith('[')
        || title.EndsWith(" '", StringComparison.Ordinal) || title.EndsWith(" \"", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:\p{L}|[?!])\p{Lu}(?!s$)\p{Ll}+$")]
    private static partial Regex CapitalisedTail();

    // "…ChineseY" + "Ilun Zhu": a word seldom ends in one capital ("…Segment Me In TimE" does), a name ("YIlun") may
    // start with two.
    [GeneratedRegex(@"\p{Ll}{2}\p{Lu}$")]
    private static partial Regex LoneCapitalTail();

    [GeneratedRegex(@"(?:\p{Ll}|[?!])\p{Lu}{2}$")]
    private static partial Regex CapitalPairTail();

    // "ImagesM. " of "…Medical ImagesM. Mary": an initial run onto a word of two lower-case letters or more, not a
    // TeX's "LaTeX.".
    [GeneratedRegex(@"\p{Ll}{2}\p{Lu}\.\s")]
    private static partial Regex GluedInitial();

    // "AttenuationMir", "LearningJing": an English noun's ending, then a capitalised part: coined camel-case words
    // ("WordNet", "CodeWorld") are not made so, a name's start glued on is.
    [GeneratedRegex(@"\p{Ll}(?:tion|sion|ment|ness|ing|ity)s?\p{Lu}\p{Ll}+$")]
    private static partial Regex NounWithCapitalisedTail();

    // A capital straight after a character that is not a space, or the first letter of a script without case
    // (Chinese, Japanese…) after one with case.
    private static bool IsGluePoint(string line, int index)
    {
        var letter = line[index];
        var before = line[index - 1];
        return !char.IsWhiteSpace(before) && (char.IsUpper(letter) || (IsCaseless(letter) && !IsCaseless(before)));
    }

    private static bool IsCaseless(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);
}
