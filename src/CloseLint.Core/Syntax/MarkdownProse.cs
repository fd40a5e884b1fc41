using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CloseLint.Syntax;

/// <summary>
/// Reads Markdown with Markdig's precise source positions. Paragraphs and list items are prose; headings label
/// sections; code, front matter, HTML, block quotes (worksheet prompts), images and link targets are not prose.
/// </summary>
internal static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>Collects the prose blocks; false when the text had to be read as plain text instead.</summary>
    public static bool Collect(string source, char[] prose, List<ProseBlock> blocks)
    {
        MarkdownDocument? document = null;
        try
        {
            if (!MarkdownLimits.AreExceeded(source)) document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit.
        }

        if (document is null)
        {
            // Nested or delimited past what Markdig parses quickly or at all: still read, as plain text, not lost.
            blocks.Clear();
            PlainTextProse.Collect(source, prose, blocks);
            return false;
        }

        VisitContainer(document, source, prose, blocks);
        return true;
    }

    private static void VisitContainer(ContainerBlock container, string source, char[] prose, List<ProseBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddHeading(heading, source, blocks);
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    if (Unmask(paragraph.Inline, source, prose))
                        blocks.Add(new ProseBlock(paragraph.Span.Start, Math.Min(source.Length, paragraph.Span.End + 1)));
                    break;
                case QuoteBlock or YamlFrontMatterBlock:
                    break;
                case ListBlock or ListItemBlock:
                    VisitContainer((ContainerBlock)block, source, prose, blocks);
                    break;
            }
        }
    }

    private static void AddHeading(HeadingBlock heading, string source, List<ProseBlock> blocks)
    {
        if (heading.Inline is null) return;
        var text = new StringBuilder();
        int start = int.MaxValue, end = -1;
        foreach (var literal in heading.Inline.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.ToString());
            start = Math.Min(start, literal.Span.Start);
            end = Math.Max(end, literal.Span.End + 1);
        }

        if (end < 0) return;
        blocks.Add(new ProseBlock(start, Math.Min(end, source.Length), text.ToString().Trim()));
    }

    /// <summary>Copies the prose characters of the inlines into <paramref name="prose"/>; true if there were any.</summary>
    private static bool Unmask(ContainerInline container, string source, char[] prose)
    {
        var any = false;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                case CodeInline or AutolinkInline or HtmlInline:
                    break;
                case LiteralInline or HtmlEntityInline:
                    if (inline.Span.Start >= 0 && inline.Span.End < source.Length && inline.Span.End >= inline.Span.Start)
                    {
                        var length = inline.Span.End - inline.Span.Start + 1;
                        source.AsSpan(inline.Span.Start, length).CopyTo(prose.AsSpan(inline.Span.Start, length));
                        any = true;
                    }

                    break;
                case ContainerInline child:
                    any |= Unmask(child, source, prose);
                    break;
            }
        }

        return any;
    }
}
