using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using DigestGen.Model;

namespace DigestGen.Render.Text;

/// <summary>
/// Editor's notes are markdown from override files: rendered with Markdig, raw HTML disabled (it shows as text),
/// and every link, autolink, reference link and image held to <see cref="UrlPolicy"/>, so a note cannot carry a
/// script URL. A note Markdig cannot take (nested past its depth limit) is shown as escaped text instead.
/// </summary>
public static class EditorMarkdown
{
    /// <summary>
    /// Nesting deeper than this is shown as text: Markdig refuses 128 levels with an exception, and no note needs
    /// more than a few.
    /// </summary>
    private const int NestingAtMost = 32;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseReferralLinks("nofollow", "noopener")
        .Build();

    /// <summary>The note as safe HTML.</summary>
    public static string ToHtml(string markdown) => Render(markdown).Html;

    /// <summary>The note as safe HTML, and whether it was rendered as markdown (false: shown as escaped text).</summary>
    public static (string Html, bool AsMarkdown) Render(string markdown)
    {
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            if (Depth(document) > NestingAtMost)
            {
                return (AsText(markdown), false);
            }

            HoldLinksToPolicy(document);
            using var writer = new StringWriter();
            var renderer = new Markdig.Renderers.HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(document);
            return (writer.ToString().Trim(), true);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth guard ("elements too deeply nested"), hit while parsing.
            return (AsText(markdown), false);
        }
    }

    private static void HoldLinksToPolicy(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!UrlPolicy.IsSafe(link.GetDynamicUrl?.Invoke() ?? link.Url))
            {
                link.GetDynamicUrl = null;
                link.Url = "#";
            }
        }

        // <javascript:alert(1)> is an autolink, not a LinkInline: an unsafe one becomes its own text.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!UrlPolicy.IsSafe(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline("<" + autolink.Url + ">"));
            }
        }
    }

    /// <summary>How deeply the note's blocks and inlines nest, counted without recursion.</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }

    private static string AsText(string markdown) =>
        "<p class=\"note-text\">" + WebUtility.HtmlEncode(markdown.Trim()).ReplaceLineEndings("<br>\n") + "</p>";
}
