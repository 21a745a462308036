using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Render.Templates;

/// <summary>
/// Scriban's <c>include</c>, returning trusted markup: the partial already escaped what it wrote. A custom function
/// object rather than an imported delegate, which Scriban would call through reflection on every card of every page.
/// </summary>
internal sealed class TrustedInclude : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var include = (IScriptCustomFunction)context.BuiltinObject["include"]!;
        return new TrustedHtml((string?)include.Invoke(context, callerContext, arguments, blockStatement) ?? string.Empty);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
