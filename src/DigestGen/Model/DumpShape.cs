using System.Text.Json.Serialization;

namespace DigestGen.Model;

/// <summary>
/// The five kinds of text dump DigestGen understands, detected from content. Each has one name, given here and used
/// everywhere a shape is shown: papers.json, the build's file table and the paper page (<see cref="DumpShapeNames.Name"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DumpShape>))]
public enum DumpShape
{
    /// <summary>An author profile page: stats header, then category+date / title / authors / abstract blocks.</summary>
    [JsonStringEnumMemberName("profile")] ProfilePage,

    /// <summary>A personal publication list: venue badge glued to the title, year sections.</summary>
    [JsonStringEnumMemberName("publications")] PublicationList,

    /// <summary>A trending list: title line / abstract line pairs, in rank order.</summary>
    [JsonStringEnumMemberName("trending")] TrendingList,

    /// <summary>An arXiv abstract listing: "Abstract:" blocks without titles.</summary>
    [JsonStringEnumMemberName("abstracts")] AbstractListing,

    /// <summary>A paper feed: "[score]CATMon D[, YYYY][Code]" header, title glued to authors, abstract.</summary>
    [JsonStringEnumMemberName("feed")] PaperFeed,

    /// <summary>
    /// Not a dump: an editor's override file (input/overrides/*.md). Only provenance names it, for the fields the
    /// file set.
    /// </summary>
    [JsonStringEnumMemberName("override")] Override,
}
