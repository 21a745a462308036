using System.Text.RegularExpressions;

namespace DigestGen.Search.Lunr;

/// <summary>
/// lunr 2.3.9's Porter stemmer, ported regex for regex from lunr.js so every stem is the one lunr computes
/// (the same quirks included: a leading "y" is treated as a consonant, tokens shorter than 3 are left alone).
/// The patterns only use features whose .NET and JavaScript meanings agree on tokens without line breaks.
/// </summary>
internal static class PorterStemmer
{
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantRun = Consonant + "[^aeiouy]*";
    private const string VowelRun = Vowel + "[aeiou]*";

    private static readonly Regex MeasureAbove0 = Make("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun);
    private static readonly Regex MeasureIs1 = Make("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + "(" + VowelRun + ")?$");
    private static readonly Regex MeasureAbove1 = Make("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + VowelRun + ConsonantRun);
    private static readonly Regex VowelInStem = Make("^(" + ConsonantRun + ")?" + Vowel);

    private static readonly Regex Step1aSses = Make("^(.+?)(ss|i)es$");
    private static readonly Regex Step1aS = Make("^(.+?)([^s])s$");
    private static readonly Regex Step1bEed = Make("^(.+?)eed$");
    private static readonly Regex Step1bEdIng = Make("^(.+?)(ed|ing)$");
    private static readonly Regex LastChar = Make(".$");
    private static readonly Regex Step1bAtBlIz = Make("(at|bl|iz)$");
    private static readonly Regex Step1bDouble = Make("([^aeiouylsz])\\1$");
    private static readonly Regex Step1bCvc = Make("^" + ConsonantRun + Vowel + "[^aeiouwxy]$");
    private static readonly Regex Step1c = Make("^(.+?[^aeiou])y$");
    private static readonly Regex Step2 = Make("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static readonly Regex Step3 = Make("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static readonly Regex Step4 = Make("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static readonly Regex Step4Ion = Make("^(.+?)(s|t)(ion)$");
    private static readonly Regex Step5E = Make("^(.+?)e$");
    private static readonly Regex Step5Ll = Make("ll$");
    private static readonly Regex Step5Cvc = Make("^" + ConsonantRun + Vowel + "[^aeiouwxy]$");

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
                else if (Step1bCvc.IsMatch(w))
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
            if (MeasureAbove1.IsMatch(stem) || (MeasureIs1.IsMatch(stem) && !Step5Cvc.IsMatch(stem)))
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

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
