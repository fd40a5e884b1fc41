using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using CloseLint.Analysis;

namespace CloseLint.LanguageServer.Features;

/// <summary>
/// Rule explanations for hovers, from the <c>docs/rules/CL000N.md</c> pages embedded in this assembly. The hover
/// shows the page's title, "Why" and "How to fix"; without a page it falls back to the descriptor's words.
/// </summary>
internal sealed class RuleDocumentation
{
    private const string ResourcePrefix = "CloseLint.LanguageServer.RuleDocs.";
    private static readonly string[] HoverSections = ["## Why", "## How to fix"];

    private readonly Func<string, string?> _loadPage;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the pages embedded in this assembly.</summary>
    public RuleDocumentation()
        : this(LoadEmbeddedPage)
    {
    }

    /// <summary>Reads pages with <paramref name="loadPage"/> (rule id to Markdown, or null).</summary>
    public RuleDocumentation(Func<string, string?> loadPage) => _loadPage = loadPage;

    public string GetMarkdown(DiagnosticDescriptor descriptor) => _cache.GetOrAdd(descriptor.Id, _ => Build(descriptor));

    private string Build(DiagnosticDescriptor descriptor)
    {
        var page = _loadPage(descriptor.Id);
        var builder = new StringBuilder();
        var excerpt = page is null ? null : Excerpt(page);
        if (excerpt is null)
        {
            builder.Append("**").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("**");
            if (!string.IsNullOrWhiteSpace(descriptor.Description)) builder.Append("\n\n").Append(descriptor.Description.Trim());
        }
        else
        {
            builder.Append(excerpt);
        }

        if (!string.IsNullOrEmpty(descriptor.HelpLinkUri))
            builder.Append("\n\n[").Append(descriptor.Id).Append(" documentation](").Append(descriptor.HelpLinkUri).Append(')');
        return builder.ToString();
    }

    /// <summary>The page's first heading and its "Why" and "How to fix" sections, or null when it has neither.</summary>
    internal static string? Excerpt(string page)
    {
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        var parts = new List<string>();
        if (title is not null) parts.Add("**" + title[2..].Trim() + "**");
        foreach (var heading in HoverSections)
        {
            var start = Array.FindIndex(lines, l => l.Trim().Equals(heading, StringComparison.OrdinalIgnoreCase));
            if (start < 0) continue;
            var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("# ", StringComparison.Ordinal));
            var body = string.Join('\n', lines[(start + 1)..(end < 0 ? lines.Length : end)]).Trim();
            if (body.Length > 0) parts.Add("*" + heading[3..] + "*\n\n" + body);
        }

        return parts.Count > (title is null ? 0 : 1) ? string.Join("\n\n", parts) : null;
    }

    private static string? LoadEmbeddedPage(string id)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
