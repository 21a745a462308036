using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using DigestGen.Compute.Embeddings;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Pipeline;

/// <summary>
/// Stages go one way: ingest → merge → compute → curate → rank → render → search. A stage may use an earlier stage
/// and the shared Model and Output, never a later one; Model and Output use no stage; Pipeline and Cli (and the
/// composition root) see all. DigestGen.Compute is the compute stage's library, so merge may not reach into it either.
/// Checked twice: on the compiled code (every type, signature and IL instruction that names another namespace's type
/// or member) and on the source's using lines (an import nothing uses yet is still a door the wrong way).
/// </summary>
public sealed partial class StageOrderTests
{
    private static readonly string[] StageOrder = ["Ingest", "Merge", "Computing", "Curate", "Rank", "Render", "Search"];
    private static readonly string[] Shared = ["Model", "Output", "Unicode"];
    private static readonly string[] SeeAll = ["Pipeline", "Cli"];

    [Fact]
    public void No_compiled_type_uses_a_later_stage()
    {
        var backward = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(BuildPipeline).Assembly, typeof(ITextEmbedder).Assembly })
        {
            foreach (var type in assembly.GetTypes())
            {
                foreach (var used in TypesUsedBy(type))
                {
                    if (IsBackward(type.Namespace, used.Namespace))
                    {
                        backward.Add($"{type.FullName} uses {used.FullName}");
                    }
                }
            }
        }

        Assert.True(backward.Count == 0, "uses that point to a later stage:\n" + string.Join('\n', backward));
    }

    [Fact]
    public void No_source_file_imports_a_later_stage()
    {
        var backward = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var fileNamespace = FileNamespace().Match(text).Groups["name"].Value;
            foreach (Match import in UsingDirective().Matches(text))
            {
                if (IsBackward(fileNamespace, import.Groups["name"].Value))
                {
                    backward.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: namespace {fileNamespace} imports {import.Groups["name"].Value}");
                }
            }
        }

        Assert.True(backward.Count == 0, "imports of a later stage:\n" + string.Join('\n', backward));
    }

    [Theory]
    [InlineData("DigestGen.Merge", "DigestGen.Computing", true)]
    [InlineData("DigestGen.Merge", "DigestGen.Compute.Embeddings", true)]
    [InlineData("DigestGen.Computing", "DigestGen.Pipeline", true)]
    [InlineData("DigestGen.Render.Views", "DigestGen.Search.Lunr", true)]
    [InlineData("DigestGen.Model", "DigestGen.Ingest", true)]
    [InlineData("DigestGen.Output", "DigestGen.Render", true)]
    [InlineData("DigestGen.Compute.Clustering", "DigestGen.Curate", true)]
    [InlineData("DigestGen.Curate", "DigestGen.Merge", false)]
    [InlineData("DigestGen.Computing", "DigestGen.Compute.Clustering", false)]
    [InlineData("DigestGen.Render", "DigestGen.Rank", false)]
    [InlineData("DigestGen.Search", "DigestGen.Model", false)]
    [InlineData("DigestGen.Pipeline", "DigestGen.Search", false)]
    [InlineData("DigestGen", "DigestGen.Cli", false)]
    [InlineData("DigestGen.Merge", "System.Collections.Immutable", false)]
    public void A_use_is_backward_when_it_points_to_a_later_stage(string from, string to, bool backward) =>
        Assert.Equal(backward, IsBackward(from, to));

    /// <summary>True when code in <paramref name="from"/> may not use <paramref name="to"/>.</summary>
    private static bool IsBackward(string? from, string? to)
    {
        var target = Rank(to);
        var source = Rank(from);
        return target is not null && source is not null && target > source;
    }

    /// <summary>Shared namespaces rank below every stage, the see-all ones above; null for anything outside DigestGen.</summary>
    private static int? Rank(string? name)
    {
        if (name is null || !(name == "DigestGen" || name.StartsWith("DigestGen.", StringComparison.Ordinal)))
        {
            return null;
        }

        var area = name.Split('.') switch
        {
            [_, "Compute", ..] => "Computing",
            [_, var first, ..] => first,
            _ => SeeAll[0],
        };
        return Array.IndexOf(SeeAll, area) >= 0 ? int.MaxValue
            : Array.IndexOf(Shared, area) >= 0 ? -1
            : Array.IndexOf(StageOrder, area) is var stage and >= 0 ? stage
            : throw new InvalidOperationException($"namespace {name} is neither a stage nor shared: add it to {nameof(StageOrderTests)}");
    }

    /// <summary>Every type the type's declarations and method bodies name.</summary>
    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(declared).Select(field => field.FieldType));
        named.AddRange(type.GetProperties(declared).Select(property => property.PropertyType));
        foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)))
        {
            if (method is MethodInfo withReturn)
            {
                named.Add(withReturn.ReturnType);
            }

            named.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
            if (method.GetMethodBody() is { } body)
            {
                named.AddRange(body.LocalVariables.Select(local => local.LocalType));
                named.AddRange(MembersInBody(method, body).SelectMany(member => member is Type used ? [used] : new[] { member.DeclaringType }));
            }
        }

        return named.OfType<Type>().SelectMany(Unwrap);
    }

    /// <summary>A type and the types it is made of (array elements, generic arguments).</summary>
    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType && !type.IsGenericTypeDefinition ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Unwrap)]
        : [type];

    private static readonly Dictionary<short, OpCode> OpCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The types, methods and fields a method's IL names (calls, field access, casts, typeof, new).</summary>
    private static IEnumerable<MemberInfo> MembersInBody(MethodBase method, MethodBody body)
    {
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } generic ? generic.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodes[(short)(0xFE00 | il[at + 1])] : OpCodes[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                yield return method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!;
            }

            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
        }
    }

    [GeneratedRegex(@"^namespace (?<name>[\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?(?<name>DigestGen(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
