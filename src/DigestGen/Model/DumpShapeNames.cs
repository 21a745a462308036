using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace DigestGen.Model;

/// <summary>Each shape's one name, read from its <see cref="JsonStringEnumMemberNameAttribute"/> so JSON and text cannot disagree.</summary>
public static class DumpShapeNames
{
    private static readonly FrozenDictionary<DumpShape, string> Names = Enum.GetValues<DumpShape>().ToFrozenDictionary(
        shape => shape,
        shape => typeof(DumpShape).GetField(shape.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    /// <summary>The shape's one name, as papers.json writes it ("profile", "feed", "override"…).</summary>
    public static string Name(this DumpShape shape) => Names[shape];
}
