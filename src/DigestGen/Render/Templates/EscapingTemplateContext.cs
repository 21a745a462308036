using System.Net;
using Scriban;
using Scriban.Parsing;

namespace DigestGen.Render.Templates;

/// <summary>
/// A template context that escapes by default: every value a template writes is HTML-encoded unless it is
/// <see cref="TrustedHtml"/>. Literal template text is written as-is. So a title containing <c>&lt;script&gt;</c>
/// or <c>{{</c> always renders as text, and a theme author cannot forget an <c>html.escape</c>.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => base.Write(span, trusted.Html),
        string text => base.Write(span, WebUtility.HtmlEncode(text)),
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
