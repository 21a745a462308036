using System.Net;
using DigestGen.Render.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DigestGen.Render.Templates;

/// <summary>
/// A template context that escapes by default: every value a template writes is HTML-encoded unless it is
/// <see cref="TrustedHtml"/>. Literal template text is written as-is. So a title containing <c>&lt;script&gt;</c>
/// or <c>{{</c> always renders as text, and a theme author cannot forget an <c>html.escape</c>.
/// It also notes when a template reads the build date (<see cref="SiteView.AsOfIso"/>): the one value shared by
/// every page that changes every night, so a page that never reads it can be kept from one night to the next.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>Whether a template read the build date since this was last reset.</summary>
    public bool SiteDateRead { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => base.Write(span, trusted.Html),
        string text => base.Write(span, WebUtility.HtmlEncode(text)),
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return target is SiteView && accessor is not null ? new SiteDateWatcher(accessor, this) : accessor;
    }

    /// <summary>
    /// The site view's accessor, marking the context when the date is read; anything that could reach every member at
    /// once (listing the members, an indexer) counts as reading it.
    /// </summary>
    private sealed class SiteDateWatcher(IObjectAccessor inner, EscapingTemplateContext owner) : IObjectAccessor
    {
        private readonly string date = owner.MemberRenamer?.Invoke(typeof(SiteView).GetProperty(nameof(SiteView.AsOfIso))!)
            ?? StandardMemberRenamer.Rename(nameof(SiteView.AsOfIso));

        public bool HasIndexer => inner.HasIndexer;

        public Type? IndexType => inner.IndexType;

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
        {
            owner.SiteDateRead = true;
            return inner.GetMembers(context, span, target);
        }

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            owner.SiteDateRead |= member == date;
            return inner.TryGetValue(context, span, target, member, out value);
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
            inner.TrySetValue(context, span, target, member, value);

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
        {
            owner.SiteDateRead = true;
            return inner.TryGetItem(context, span, target, index, out value);
        }

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
            inner.TrySetItem(context, span, target, index, value);
    }
}
