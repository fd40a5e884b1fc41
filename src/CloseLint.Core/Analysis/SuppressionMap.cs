using System.Collections.Immutable;
using CloseLint.Syntax;

namespace CloseLint.Analysis;

/// <summary>
/// Reads inline suppressions: <c>&lt;!-- closelint-disable CL0002 --&gt;</c>, <c>closelint-enable</c> and
/// <c>closelint-disable-next-line</c>. With no id they cover every rule. The driver applies them; rules never do.
/// </summary>
public sealed class SuppressionMap
{
    private const string Prefix = "closelint-";

    private readonly ImmutableArray<Directive> _directives;

    private SuppressionMap(ImmutableArray<Directive> directives) => _directives = directives;

    /// <summary>The directives found, in order.</summary>
    public ImmutableArray<Directive> Directives => _directives;

    /// <summary>Reads the suppression comments of <paramref name="document"/>.</summary>
    public static SuppressionMap Create(ScriptDocument document)
    {
        var directives = ImmutableArray.CreateBuilder<Directive>();
        foreach (var comment in document.Comments)
        {
            if (TryParse(comment.Content, out var kind, out var ids))
            {
                var line = document.Text.GetLineNumber(comment.Span.End);
                directives.Add(new Directive(kind, ids, comment.Span.Start, line));
            }
        }

        return new SuppressionMap(directives.DrainToImmutable());
    }

    /// <summary>Parses the text inside a comment, such as <c>closelint-disable CL0002, CL0008</c>.</summary>
    public static bool TryParse(string content, out DirectiveKind kind, out ImmutableArray<string> ids)
    {
        kind = default;
        ids = [];
        var text = content.Trim();
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var parts = text.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0].ToLowerInvariant())
        {
            case "closelint-disable": kind = DirectiveKind.Disable; break;
            case "closelint-enable": kind = DirectiveKind.Enable; break;
            case "closelint-disable-next-line": kind = DirectiveKind.DisableNextLine; break;
            case "closelint-disable-line": kind = DirectiveKind.DisableLine; break;
            default: return false;
        }

        ids = [.. parts.Skip(1).TakeWhile(p => p != "--").Select(p => p.ToUpperInvariant())];
        return true;
    }

    /// <summary>True when a diagnostic of rule <paramref name="id"/> starting at <paramref name="position"/> is suppressed.</summary>
    public bool IsSuppressed(string id, int position, int line)
    {
        if (_directives.IsEmpty) return false;
        var all = false;
        HashSet<string>? disabled = null, exceptions = null;
        foreach (var directive in _directives)
        {
            if (directive.Kind == DirectiveKind.DisableNextLine)
            {
                if (directive.Line + 1 == line && directive.Covers(id)) return true;
                continue;
            }

            if (directive.Kind == DirectiveKind.DisableLine)
            {
                if (directive.Line == line && directive.Covers(id)) return true;
                continue;
            }

            if (directive.Position > position) continue;
            var isDisable = directive.Kind == DirectiveKind.Disable;
            if (directive.Ids.IsEmpty)
            {
                all = isDisable;
                disabled?.Clear();
                exceptions?.Clear();
            }
            else
            {
                foreach (var ruleId in directive.Ids)
                {
                    if (isDisable)
                    {
                        (disabled ??= new(StringComparer.OrdinalIgnoreCase)).Add(ruleId);
                        exceptions?.Remove(ruleId);
                    }
                    else
                    {
                        disabled?.Remove(ruleId);
                        if (all) (exceptions ??= new(StringComparer.OrdinalIgnoreCase)).Add(ruleId);
                    }
                }
            }
        }

        return (all && exceptions?.Contains(id) != true) || disabled?.Contains(id) == true;
    }

    /// <summary>What a suppression comment does.</summary>
    public enum DirectiveKind
    {
        /// <summary>Turns rules off from here on.</summary>
        Disable,

        /// <summary>Turns rules back on from here on.</summary>
        Enable,

        /// <summary>Turns rules off on the next line only.</summary>
        DisableNextLine,

        /// <summary>Turns rules off on the comment's own line.</summary>
        DisableLine,
    }

    /// <summary>One suppression comment.</summary>
    /// <param name="Kind">What it does.</param>
    /// <param name="Ids">The rules it names; empty means every rule.</param>
    /// <param name="Position">Where the comment starts.</param>
    /// <param name="Line">The 0-based line the comment ends on.</param>
    public sealed record Directive(DirectiveKind Kind, ImmutableArray<string> Ids, int Position, int Line)
    {
        /// <summary>True when the directive applies to rule <paramref name="id"/>.</summary>
        public bool Covers(string id) => Ids.IsEmpty || Ids.Contains(id, StringComparer.OrdinalIgnoreCase);
    }
}
