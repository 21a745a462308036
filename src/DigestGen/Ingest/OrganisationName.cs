using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>
/// Whether a string reads as an organisation credited as an author, as technical reports are: a team
/// ("SIMA team", "GLM-4. 5 Team", "Team Hunyuan3D", "DPHEP Collaboration"), a name ending in AI ("DeepSeek-AI", "OpenAI", "MOSI. AI",
/// "Moonshot AI", "actAVA AI", not an acronym's "AVA AI") or
/// a well-known lab ("NVIDIA"). At most three words and no title punctuation, so a title glued in front of one
/// ("…Test-Time ScalingFalcon LLM Team") still has to be told apart by the splitter.
/// </summary>
internal static partial class OrganisationName
{
    private const int MaxWords = 3;

    /// <summary>Labs that sign reports under their bare name, as the corpus shows them.</summary>
    private static readonly FrozenSet<string> KnownLabs = FrozenSet.ToFrozenSet(
        ["NVIDIA", "OpenAI", "Google", "DeepMind", "Google DeepMind", "Meta", "Microsoft", "Anthropic", "Apple", "Amazon", "IBM", "Baidu", "Huawei", "Tencent", "Alibaba", "ByteDance"],
        StringComparer.Ordinal);

    public static bool IsPlausible(string name)
    {
        if (KnownLabs.Contains(name))
        {
            return true;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || !words.All(IsOrganisationWord))
        {
            return false;
        }

        return words.Length > 1 && (words[^1] is "Team" or "team" or "Collaboration" or "Consortium" || GluedTeam().IsMatch(words[^1]) || words[0] == "Team")
            || (words.Length <= 2 && EndsInAi().IsMatch(name))
            || (words.Length == 2 && words[1] == "AI" && words[0].Any(char.IsLower));
    }

    /// <summary>
    /// "DataVenus Team", "L Technical ReportKimi Team", "MA team": the first word is capitalised parts run together
    /// or one or two letters, as when the glue point falls inside a title's last word or acronym ("…Open
    /// DataVenus Team", "Kimi-VL…", "SIMA team"). A few real names look so too ("GigaWorld Team"); a later
    /// run-together word is common ("Meituan LongCat Team").
    /// </summary>
    public static bool StartsOddly(string name)
    {
        var first = name.Split(' ')[0];
        return first.Length <= 2 || PersonName.IsRunTogether(first);
    }

    // "GLM-4.", "Hunyuan3D", "LLM-Core", "SII-OpenMOSS": a capital or digit first, then letters, digits, dots,
    // hyphens; but not a plural acronym run onto a word, which is a title's end glued to a name ("LLMsRing").
    private static bool IsOrganisationWord(string word) => OrganisationWord().IsMatch(word) && !GluedPlural().IsMatch(word);

    // "Tongyi SpeechTeam".
    [GeneratedRegex(@"\p{Ll}Team$")]
    private static partial Regex GluedTeam();

    [GeneratedRegex(@"\p{Lu}s\p{Lu}\p{Ll}")]
    private static partial Regex GluedPlural();

    [GeneratedRegex(@"^[\p{Lu}\d][\p{L}\d.\-]*$|^team$")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"(?:\p{Ll}|-|\. )AI$")]
    private static partial Regex EndsInAi();
}
