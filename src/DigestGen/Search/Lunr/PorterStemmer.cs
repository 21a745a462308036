using System.Text.RegularExpressions;

namespace DigestGen.Search.Lunr;

/// <summary>
/// lunr 2.3.9's Porter stemmer, ported regex for regex from lunr.js so every stem is the one lunr computes
/// (the same quirks included: a leading "y" is treated as a consonant, tokens shorter than 3 are left alone).
/// The patterns only use features whose .NET and JavaScript meanings agree on tokens without line breaks. They are
/// source-generated, not compiled at run time: compiling twenty regexes (IL emitted, then JIT-compiled) cost a
/// small site's build more than all the stemming it does.
/// </summary>
internal static partial class PorterStemmer
{
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantRun = Consonant + "[^aeiouy]*";
    private const string VowelRun = Vowel + "[aeiou]*";

    [GeneratedRegex("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun, RegexOptions.CultureInvariant)]
    private static partial Regex MeasureAbove0 { get; }

    [GeneratedRegex("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + "(" + VowelRun + ")?$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureIs1 { get; }

    [GeneratedRegex("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + VowelRun + ConsonantRun, RegexOptions.CultureInvariant)]
    private static partial Regex MeasureAbove1 { get; }

    [GeneratedRegex("^(" + ConsonantRun + ")?" + Vowel, RegexOptions.CultureInvariant)]
    private static partial Regex VowelInStem { get; }

    [GeneratedRegex("^(.+?)(ss|i)es$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1aSses { get; }

    [GeneratedRegex("^(.+?)([^s])s$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1aS { get; }

    [GeneratedRegex("^(.+?)eed$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1bEed { get; }

    [GeneratedRegex("^(.+?)(ed|ing)$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1bEdIng { get; }

    [GeneratedRegex(".$", RegexOptions.CultureInvariant)]
    private static partial Regex LastChar { get; }

    [GeneratedRegex("(at|bl|iz)$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1bAtBlIz { get; }

    [GeneratedRegex("([^aeiouylsz])\\1$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1bDouble { get; }

    /// <summary>Consonant, vowel, consonant (not w, x or y) at the end: lunr's step 1b and step 5 both ask it.</summary>
    [GeneratedRegex("^" + ConsonantRun + Vowel + "[^aeiouwxy]$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsConsonantVowelConsonant { get; }

    [GeneratedRegex("^(.+?[^aeiou])y$", RegexOptions.CultureInvariant)]
    private static partial Regex Step1c { get; }

    [GeneratedRegex("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$", RegexOptions.CultureInvariant)]
    private static partial Regex Step2 { get; }

    [GeneratedRegex("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$", RegexOptions.CultureInvariant)]
    private static partial Regex Step3 { get; }

    [GeneratedRegex("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$", RegexOptions.CultureInvariant)]
    private static partial Regex Step4 { get; }

    [GeneratedRegex("^(.+?)(s|t)(ion)$", RegexOptions.CultureInvariant)]
    private static partial Regex Step4Ion { get; }

    [GeneratedRegex("^(.+?)e$", RegexOptions.CultureInvariant)]
    private static partial Regex Step5E { get; }

    [GeneratedRegex("ll$", RegexOptions.CultureInvariant)]
    private static partial Regex Step5Ll { get; }

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var w = word;
        var startsWithY = w[0] == 'y';
        if (startsWithY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        if (Step1aSses.IsMatch(w))
        {
            w = Step1aSses.Replace(w, "$1$2");
        }
        else if (Step1aS.IsMatch(w))
        {
            w = Step1aS.Replace(w, "$1$2");
        }

        // Step 1b
        Match match;
        if ((match = Step1bEed.Match(w)).Success)
        {
            if (MeasureAbove0.IsMatch(match.Groups[1].Value))
            {
                w = LastChar.Replace(w, "");
            }
        }
        else if ((match = Step1bEdIng.Match(w)).Success)
        {
            var stem = match.Groups[1].Value;
            if (VowelInStem.IsMatch(stem))
            {
                w = stem;
                if (Step1bAtBlIz.IsMatch(w))
                {
                    w += "e";
                }
                else if (Step1bDouble.IsMatch(w))
                {
                    w = LastChar.Replace(w, "");
                }
                else if (EndsConsonantVowelConsonant.IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c
        if ((match = Step1c.Match(w)).Success)
        {
            w = match.Groups[1].Value + "i";
        }

        // Steps 2 and 3
        w = ReplaceSuffix(w, Step2, Step2Suffixes);
        w = ReplaceSuffix(w, Step3, Step3Suffixes);

        // Step 4
        if ((match = Step4.Match(w)).Success)
        {
            var stem = match.Groups[1].Value;
            if (MeasureAbove1.IsMatch(stem))
            {
                w = stem;
            }
        }
        else if ((match = Step4Ion.Match(w)).Success)
        {
            var stem = match.Groups[1].Value + match.Groups[2].Value;
            if (MeasureAbove1.IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5
        if ((match = Step5E.Match(w)).Success)
        {
            var stem = match.Groups[1].Value;
            if (MeasureAbove1.IsMatch(stem) || (MeasureIs1.IsMatch(stem) && !EndsConsonantVowelConsonant.IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (Step5Ll.IsMatch(w) && MeasureAbove1.IsMatch(w))
        {
            w = LastChar.Replace(w, "");
        }

        return startsWithY ? "y" + w[1..] : w;
    }

    private static string ReplaceSuffix(string w, Regex step, Dictionary<string, string> replacements)
    {
        var match = step.Match(w);
        if (match.Success && MeasureAbove0.IsMatch(match.Groups[1].Value))
        {
            return match.Groups[1].Value + replacements[match.Groups[2].Value];
        }

        return w;
    }
}
