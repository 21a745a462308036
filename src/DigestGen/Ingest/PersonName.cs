using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>
/// Whether a string reads as one person's name: one to six words, each a capitalised word (Hyphen-Joined,
/// O'Neil, Dall'Aglio), an initial (J, J.), a family-name particle (van, de), a prefixed name (McDonald, DeAndre,
/// AlAshery, AbuOun, de'Liguoro, vanBrandwijk) or a nickname in quotes ('Kenneth'), at least one of them more than initials. Title words give
/// themselves away: lower-case words, punctuation, digits, long acronyms. Some names pass but count as less likely
/// (<see cref="IsUnusual"/>): two or three capitalised parts run together ("JingCheng", "ShahRukh"), which is
/// also what a title word glued to a name looks like ("NewtonNatalie"), a short all-capital word ("Aditya
/// MVS"), which is also what a title's acronym looks like, a stray capital ("IJntema", "AL-Madani") and a single
/// word.
/// </summary>
internal static partial class PersonName
{
    private const int MaxWords = 6;

    /// <summary>
    /// "AKM Iqtidar Newaz" is a name; a longer run of words with an acronym is a title ("…Tool-Using MLLM Agent…"),
    /// unless the acronym ends it ("Satya Sai Srinath Namburi GNVV").
    /// </summary>
    private const int MaxWordsWithAcronym = 3;

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["van", "von", "der", "den", "de", "del", "della", "da", "dos", "das", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ten", "ter", "zu", "y", "ur", "ul", "dit"],
        StringComparer.Ordinal);

    private static readonly char[] OpeningQuotes = ['\'', '"', '`', '‘', '“'];

    private static readonly char[] ClosingQuotes = ['\'', '"', '’', '”'];

    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(["Jr.", "Jr", "Sr.", "II", "III", "IV"], StringComparer.Ordinal);

    /// <summary>Surname prefixes after which a second capital is normal.</summary>
    private static readonly string[] CapitalPrefixes = ["Mc", "Mac", "Al", "AL", "El", "Abu", "Abd", "Abdel", "Abdul", "van", "von", "de'", "de’", "O`", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "O'", "O’", "D'", "D’", "d'", "d’"];

    /// <summary>Whether a word is two or three capitalised parts run together: "JingCheng", but also "LearningAditya".</summary>
    public static bool IsRunTogether(string word) => RunTogether().IsMatch(word) && !HasCapitalPrefix(word);

    /// <summary>
    /// A name with a run-together, all-capital or stray-capital word ("Wieger IJntema", "Basem AL-Madani"), or a
    /// lone cased word ("Devvrit", but also the "Time" of a title's "Real-Time, …" read as a name).
    /// </summary>
    public static bool IsUnusual(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(word => IsAcronym(word) || FinalCapital().IsMatch(word) || word.Split('-').Any(part => IsRunTogether(part) || HasStrayCapital(part)) || (word.Contains('-', StringComparison.Ordinal) && IsCapitalsBeforeHyphen(word.Split('-')[0])))
            || (words.Length == 1 && words[0].Any(char.IsUpper));
    }

    /// <summary>
    /// A name with a given name run together from parts that are not East Asian syllables: "JingCheng", "NaHyeon"
    /// are given names, while "NetKoushiki" or "VesRiley" is mostly a title's camel-case end ("WordNet", "GloVes")
    /// glued to one, and "M AgentsEunJeong Hwang" a title's words; or with a stray capital in the first word, which
    /// is mostly a title's acronym glued on ("VMinghui" of "…in IoV"; a later "ALtayeb" of "Dina Farouk ALtayeb
    /// Ali" had no title to take it from). Real ones exist ("ShahRukh", "YIlun"), so this only counts against a name,
    /// it does not rule it out. The last word is the surname ("Aritra RoyChowdhury", "Wieger IJntema").
    /// </summary>
    public static bool IsUnlikely(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words[0].Split('-').Any(HasStrayCapital)
            || words.Take(Math.Max(1, words.Length - 1)).SelectMany(word => word.Split('-'))
                .Any(part => IsRunTogether(part) && !CamelPart().Matches(part).All(syllable => IsSyllable(syllable.Value))));
    }

    /// <summary>"van", "de", "bin": a family-name particle, written in lower case.</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>One pinyin, romanised Korean or Vietnamese syllable ("Min", "Yuan", "Hyeon"), of which such given names are run together.</summary>
    public static bool IsSyllable(string part) => Syllable().IsMatch(part);

    public static bool IsPlausible(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords
            && words.All(IsNameWord)
            && (words.Length <= MaxWordsWithAcronym || !words[..^1].Any(IsAcronym))
            && words.Any(word => !Particles.Contains(word) && !Suffixes.Contains(word) && !IsInitials(word));
    }

    private static bool IsNameWord(string word)
    {
        // BibTeX braces keep a name together: "Jorge {Martín-Pérez}".
        word = word.TrimStart('{').TrimEnd('}');
        if (Particles.Contains(word) || Suffixes.Contains(word) || IsInitials(word))
        {
            return true;
        }

        if (IsRunTogether(word) || IsAcronym(word) || IsNickname(word) || FinalCapital().IsMatch(word) || ShortenedPrefixed().IsMatch(word))
        {
            return true;
        }

        // Hyphen-joined parts: "Costin-Andrei", "Alvarez-Melis", TeX's "Falgas--Ravry"; a later part may be
        // lower-case ("Jean-luc") or run together ("Rua-HuanTsaih", a surname glued on by scraping), the first a
        // particle ("de-Campos"), run together ("BabakMazloom-Nezhad") or two capitals ("AL-Madani", "IL-Ho"). A full
        // stop may end a shortened name ("Md.", "Yu.").
        var parts = word.TrimEnd('.').Replace("--", "-", StringComparison.Ordinal).Split('-');
        return (IsNamePart(parts[0], capitalised: true) || (parts.Length > 1 && (Particles.Contains(parts[0]) || IsRunTogether(parts[0]) || IsCapitalsBeforeHyphen(parts[0]))))
            && parts.Skip(1).All(part => IsNamePart(part, capitalised: false) || IsRunTogether(part));
    }

    /// <summary>
    /// "AL" of "AL-Madani", "EI" of "EI-Khattam": two capitals before a hyphen, as some sources spell an article; and
    /// "JIa" of "JIa-Chun Lin", the same slip in a short part before a hyphen.
    /// </summary>
    private static bool IsCapitalsBeforeHyphen(string part) => (part.Length == 2 && part.All(char.IsUpper)) || ShortStrayCapital().IsMatch(part);

    /// <summary>
    /// "IJntema", "PIneda", "ZHang": a second capital straight after the first, as sources type Dutch IJ or by slip;
    /// in a word of three letters only an East Asian syllable ("MIn" of "Chong MIn Lee"), not an acronym's plural
    /// ("VMs", "AIs") or a unit ("GHz").
    /// </summary>
    private static bool HasStrayCapital(string part) => StrayCapital().IsMatch(part) || (ShortStrayCapital().IsMatch(part) && IsSyllable(part));

    /// <summary>
    /// "MVS", "AKM", "GNVV", "SLPSK", "LEUNG": three to five capitals, as some names carry (run-together initials, a
    /// surname in capitals) and titles, far more often.
    /// </summary>
    private static bool IsAcronym(string word) => word.Length is >= 3 and <= 5 && word.All(char.IsUpper);

    /// <summary>'Kenneth', "Sam", TeX's "Honza'': a nickname in quotes between given name and surname.</summary>
    private static bool IsNickname(string word)
    {
        var name = word.TrimStart(OpeningQuotes).TrimEnd(ClosingQuotes);
        return name.Length > 0 && name.Length < word.Length - 1 && OpeningQuotes.Contains(word[0]) && ClosingQuotes.Contains(word[^1])
            && IsNamePart(name, capitalised: true);
    }

    /// <summary>"J", "J.", "JD", "J.-P." — up to two capitals, with dots or hyphens.</summary>
    private static bool IsInitials(string word)
    {
        var capitals = word.Count(char.IsUpper);
        return capitals is > 0 and <= 2 && word.All(c => char.IsUpper(c) || c is '.' or '-');
    }

    private static bool IsNamePart(string part, bool capitalised)
    {
        if (part.Length == 0 || !part.All(c => char.IsLetter(c) || c is '\'' or '’' or '`' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
        {
            return false;
        }

        // Scripts without case (CJK and the like) carry no capital to check.
        if (!part.Any(c => char.IsUpper(c) || char.IsLower(c)))
        {
            return true;
        }

        return HasOneLeadingCapital(part, capitalised) || HasCapitalPrefix(part) || HasStrayCapital(part);
    }

    /// <summary>
    /// "McDonald", "DeAndre", "O'Neil", "d'Alessandro": a surname prefix, then a capitalised name, which may carry
    /// the stray second capital of <see cref="HasStrayCapital"/> ("McCLean"); "Dall'Aglio", "Sant'Anna": a
    /// capitalised name, an apostrophe, a capitalised name.
    /// </summary>
    private static bool HasCapitalPrefix(string part) => ApostropheJoined().IsMatch(part) || HasSurnamePrefix(part);

    /// <summary>
    /// "McDonald", "DaSilva", "O'Neil": a surname prefix glued to a capitalised name. Given names seldom carry one
    /// (the name lexicon, <see cref="NameWords"/>, has such words as surnames 217 times, as given names never).
    /// </summary>
    public static bool HasSurnamePrefix(string word) =>
        CapitalPrefixes.Any(prefix => word.Length > prefix.Length + 1
            && word.StartsWith(prefix, StringComparison.Ordinal)
            && (HasOneLeadingCapital(word[prefix.Length..], capitalised: true) || HasStrayCapital(word[prefix.Length..])));

    private static bool HasOneLeadingCapital(string part, bool capitalised) =>
        (char.IsUpper(part[0]) || (!capitalised && char.IsLower(part[0]))) && !part.Skip(1).Any(char.IsUpper);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*['’]\p{Lu}\p{Ll}+$")]
    private static partial Regex ApostropheJoined();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+){2,3}$")]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"^\p{Lu}{2}\p{Ll}{2,}$")]
    private static partial Regex StrayCapital();

    [GeneratedRegex(@"^\p{Lu}{2}\p{Ll}$")]
    private static partial Regex ShortStrayCapital();

    // "FranK", a capital at the end by the same slip, after three lower-case letters at least and with no full stop
    // after it: the "SimJ." of "…QooSimJ. Joel" and the "PopulationsR." of "…PopulationsR. R. Appino" are a title's
    // end with an initial glued on.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}\p{Lu}$")]
    private static partial Regex FinalCapital();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+")]
    private static partial Regex CamelPart();

    // "McK." of "Jeremy D McK. Watson": a Mc or Mac name shortened to its capital, as a middle name is.
    [GeneratedRegex(@"^Ma?c\p{Lu}\.$")]
    private static partial Regex ShortenedPrefixed();

    // One pinyin, romanised Korean or Vietnamese syllable: "Jing", "Cheng", "Hyeon", "Keun", "Young", "Binh"; not "Net",
    // "Shah", "Koushiki".
    [GeneratedRegex(@"^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[hwy]?[aeiou]{1,3}(?:n|ng|nh|r|k|l|m|p)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
