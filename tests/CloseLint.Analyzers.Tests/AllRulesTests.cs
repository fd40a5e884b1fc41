using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Intent;
using CloseLint.Syntax;
using CloseLint.Text;
using Shouldly;
using Xunit.Abstractions;

namespace CloseLint.Analyzers.Tests;

/// <summary>Checks that apply to every built-in rule, whoever wrote it.</summary>
public sealed class AllRulesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LargeScriptTimeout = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Analyzers() => [.. BuiltInAnalyzers.All.Select(a => a.GetType().Name)];

    public static TheoryData<string> RuleIds() => [.. BuiltInAnalyzers.Descriptors.Select(d => d.Id)];

    public static TheoryData<string> LargeScripts() => [.. LargeScript.Names];

    private static DiagnosticAnalyzer Analyzer(string name) => BuiltInAnalyzers.All.Single(a => a.GetType().Name == name);

    private static DiagnosticDescriptor Descriptor(string id) => BuiltInAnalyzers.Descriptors.Single(d => d.Id == id);

    [Fact]
    public void Every_rule_is_registered_once_and_in_id_order()
    {
        BuiltInAnalyzers.All.ShouldNotBeEmpty();
        BuiltInAnalyzers.All.Select(a => a.GetType()).ShouldBeUnique();
        var firstIds = BuiltInAnalyzers.All.Select(a => a.SupportedDiagnostics.Min(d => d.Id)!).ToList();
        firstIds.ShouldBe(firstIds.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Rule_ids_are_unique_across_analyzers()
    {
        var ids = BuiltInAnalyzers.All.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id)).ToList();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => Regex.IsMatch(id, "^CL[0-9]{4}$"));
    }

    [Fact]
    public void Every_analyzer_type_in_the_assembly_is_registered()
    {
        var registered = BuiltInAnalyzers.All.Select(a => a.GetType()).ToHashSet();
        var declared = typeof(BuiltInAnalyzers).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        declared.ShouldNotBeEmpty();
        declared.Where(t => !registered.Contains(t)).Select(t => t.Name).ShouldBeEmpty("analyzer types missing from BuiltInAnalyzers.All");
    }

    [Fact]
    public void Every_code_fix_type_in_the_assembly_is_registered_and_fixes_known_rules()
    {
        var registered = BuiltInCodeFixes.All.Select(f => f.GetType()).ToHashSet();
        typeof(BuiltInCodeFixes).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && !registered.Contains(t))
            .Select(t => t.Name).ShouldBeEmpty("code fix types missing from BuiltInCodeFixes.All");

        var ids = BuiltInAnalyzers.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var fix in BuiltInCodeFixes.All)
        {
            fix.FixableDiagnosticIds.ShouldNotBeEmpty(fix.ToString());
            fix.FixableDiagnosticIds.Where(id => !ids.Contains(id)).ShouldBeEmpty($"{fix} fixes ids no analyzer reports");
        }

        BuiltInCodeFixes.All.SelectMany(f => f.FixableDiagnosticIds).ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_rule_page(string id) => Descriptor(id).HelpLinkUri.ShouldBe(HelpLinks.ForRule(id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Title_and_message_are_one_line_without_a_final_period(string id)
    {
        var descriptor = Descriptor(id);
        foreach (var text in new[] { descriptor.Title, descriptor.MessageFormat })
        {
            text.ShouldNotContain('\n');
            text.TrimEnd().ShouldNotEndWith(".");
            text.ShouldBe(text.Trim());
        }

        descriptor.Category.ShouldBeOneOf(DiagnosticCategories.Structure, DiagnosticCategories.Wording, DiagnosticCategories.Length);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_header_matches_the_descriptor(string id)
    {
        var page = RulePage.Read(id);
        var descriptor = Descriptor(id);
        page.Title.ShouldBe($"{id}: {descriptor.Title}");
        page.Property("Id").ShouldBe(id);
        page.Property("Category").ShouldBe(descriptor.Category);
        page.Property("Default severity").ShouldBe(descriptor.DefaultSeverity.ToConfigName());
        page.Property("Enabled by default").ShouldBe(descriptor.IsEnabledByDefault ? "yes" : "no");
        var hasFix = BuiltInCodeFixes.All.Any(f => f.FixableDiagnosticIds.Contains(id));
        page.Property("Code fix").ShouldBe(hasFix ? "yes" : "no");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_has_every_section_and_says_how_to_suppress(string id)
    {
        var page = RulePage.Read(id);
        page.Headings.ShouldBe(["## Why", "## Examples", "### Fires", "### Passes", "## How to fix", "## Options", "## How to suppress"],
            ignoreOrder: false, customMessage: $"docs/rules/{id}.md sections");
        var suppress = page.Section("## How to suppress");
        suppress.ShouldContain($"closelint_diagnostic.{id}.severity");
        suppress.ShouldContain($"<!-- closelint-disable-next-line {id} -->");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Doc_page_examples_fire_and_pass_as_documented(string id)
    {
        var page = RulePage.Read(id);
        var analyzer = BuiltInAnalyzers.All.Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));
        var driver = new AnalyzerDriver([analyzer], LexicalIntentDetector.Instance);
        var fires = page.CodeBlocks("### Fires");
        var passes = page.CodeBlocks("### Passes");
        fires.ShouldNotBeEmpty($"docs/rules/{id}.md has no example that fires");
        passes.ShouldNotBeEmpty($"docs/rules/{id}.md has no example that passes");
        foreach (var (example, path) in fires)
        {
            var result = await driver.AnalyzeAsync(ScriptDocument.Parse(example, path));
            result.Diagnostics.ShouldContain(d => d.Id == id, $"{id} should fire on its documented example:{Environment.NewLine}{example}");
        }

        foreach (var (example, path) in passes)
        {
            var result = await driver.AnalyzeAsync(ScriptDocument.Parse(example, path));
            result.Diagnostics.Where(d => d.Id == id).Select(d => d.ToString())
                .ShouldBeEmpty($"{id} should pass its documented example:{Environment.NewLine}{example}");
        }
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Analyzer_survives_empty_and_blank_text(string name)
    {
        var driver = new AnalyzerDriver([Analyzer(name)], LexicalIntentDetector.Instance);
        foreach (var (text, path) in new[] { ("", "/t/empty.txt"), ("", "/t/empty.md"), ("   \r\n\n\t", "/t/blank.txt"), ("## Summary\n\n## Ask\n", "/t/headings.md") })
        {
            var result = await driver.AnalyzeAsync(ScriptDocument.Parse(text, path));
            result.Diagnostics.Where(d => d.Id.StartsWith("CL9", StringComparison.Ordinal)).Select(d => d.ToString()).ShouldBeEmpty(path);
        }
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Analyzer_finishes_a_one_megabyte_script_without_failing(string name)
    {
        var driver = new AnalyzerDriver([Analyzer(name)], LargeScript.Detector);
        foreach (var script in LargeScript.Names)
        {
            var document = await Task.Run(() => LargeScript.Get(script));
            var clock = Stopwatch.StartNew();
            var result = await driver.AnalyzeAsync(document).WaitAsync(LargeScriptTimeout);
            output.WriteLine($"{name} on {script} ({document.Text.Length:N0} chars, {document.Sentences.Length:N0} sentences): {clock.ElapsedMilliseconds} ms, {result.Diagnostics.Length} diagnostics");
            result.Diagnostics.Where(d => d.Id == "CL9001").Select(d => d.GetMessage()).ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(LargeScripts))]
    public void Large_scripts_are_about_a_megabyte(string script) =>
        LargeScript.Get(script).Text.Length.ShouldBeInRange(1_000_000, 1_100_000);

    /// <summary>A documentation page under docs/rules, read by the header table and its sections.</summary>
    private sealed class RulePage
    {
        private readonly string[] _lines;
        private readonly string _id;

        private RulePage(string id, string[] lines)
        {
            _id = id;
            _lines = lines;
        }

        public string Title => _lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? "";

        public IReadOnlyList<string> Headings => [.. OutsideCode().Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l.Trim())];

        public static RulePage Read(string id)
        {
            var path = Path.Combine(RepositoryRoot.Path, "docs", "rules", id + ".md");
            File.Exists(path).ShouldBeTrue($"docs/rules/{id}.md is missing");
            return new RulePage(id, File.ReadAllLines(path));
        }

        public string Property(string name)
        {
            foreach (var line in _lines.TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length == 2 && cells[0] == name) return cells[1];
            }

            throw new ShouldAssertException($"docs/rules/{_id}.md has no '{name}' row in its header table");
        }

        public string Section(string heading) => string.Join('\n', Body(heading));

        // Each fenced block under the heading, with the path that decides how it is parsed (```markdown → .md).
        public List<(string Text, string Path)> CodeBlocks(string heading)
        {
            var blocks = new List<(string, string)>();
            List<string>? current = null;
            var path = "";
            foreach (var line in Body(heading))
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    if (current is null)
                    {
                        current = [];
                        path = line.Trim('`').Trim() is "markdown" or "md" ? "/docs/example.md" : "/docs/example.txt";
                    }
                    else
                    {
                        blocks.Add((string.Join('\n', current) + "\n", path));
                        current = null;
                    }
                }
                else
                {
                    current?.Add(line);
                }
            }

            return blocks;
        }

        private IEnumerable<string> Body(string heading)
        {
            var level = heading.IndexOf(' ', StringComparison.Ordinal);
            var inside = false;
            var inCode = false;
            foreach (var line in _lines)
            {
                if (line.StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
                if (!inCode && line.StartsWith('#'))
                {
                    var lineLevel = line.IndexOf(' ', StringComparison.Ordinal);
                    if (inside && lineLevel <= level) yield break;
                    if (line.Trim() == heading)
                    {
                        inside = true;
                        continue;
                    }
                }

                if (inside) yield return line;
            }
        }

        private IEnumerable<string> OutsideCode()
        {
            var inCode = false;
            foreach (var line in _lines)
            {
                if (line.StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
                else if (!inCode) yield return line;
            }
        }
    }

    /// <summary>
    /// Scripts of about a megabyte, parsed once: a long plain-text script of ordinary closing sentences (with
    /// gimmicks, hedges and textbook lines among them), a Markdown worksheet of the same, and one run-on sentence
    /// with no punctuation at all. Intents are read once per document and shared by every analyzer's run.
    /// </summary>
    private static class LargeScript
    {
        private const int Size = 1_000_000;

        private static readonly string[] Sentences =
        [
            "Thank you for taking the time to walk me through the unit today.",
            "I've spent six years as a charge nurse on a 24-bed cardiac floor, and I cut our falls rate by 30% in 2022.",
            "I led the move to a new scheduling system for 140 staff, on time and under budget.",
            "What I like about your team is how openly you talk about patient safety.",
            "Is there anything about my background that gives you pause?",
            "Sorry to ask, but what are the next steps?",
            "So, when do I start?",
            "What are the next steps we need to take from here?",
            "I'm José, and I'd love to join the team 🎓.",
            "You won't find anyone better, I guarantee it.",
            "Could you tell me the timeline for a decision, if it's not too much trouble?",
            "My last manager said I was the calmest person on the floor during a code.",
        ];

        public static ImmutableArray<string> Names { get; } = ["script.txt", "worksheet.md", "run-on.txt"];

        public static ISentenceIntentDetector Detector { get; } = new CachingDetector(LexicalIntentDetector.Instance);

        private static readonly ConcurrentDictionary<string, Lazy<ScriptDocument>> Documents = new();

        // Parsed and classified once, so an analyzer's timing is its own.
        public static ScriptDocument Get(string name) =>
            Documents.GetOrAdd(name, n => new Lazy<ScriptDocument>(() =>
            {
                var document = ScriptDocument.Parse(SourceText.From(Build(n)), "/big/" + n);
                Detector.Classify(document);
                return document;
            })).Value;

        private static string Build(string name)
        {
            var text = new StringBuilder(Size + 1000);
            var i = 0;
            if (name == "run-on.txt")
            {
                while (text.Length < Size) text.Append(Sentences[i++ % Sentences.Length].TrimEnd('.', '?', '!').Replace(",", "", StringComparison.Ordinal)).Append(' ');
                return text.ToString();
            }

            var markdown = name.EndsWith(".md", StringComparison.Ordinal);
            var newline = markdown ? "\n" : "\r\n";
            while (text.Length < Size)
            {
                if (markdown && i % 24 == 0) text.Append(i % 48 == 0 ? "## My summary" : "## My ask").Append(newline).Append(newline);
                text.Append(Sentences[i % Sentences.Length]).Append(' ');
                if (++i % 4 == 0) text.Append(newline).Append(newline);
            }

            return text.ToString();
        }

        private sealed class CachingDetector(ISentenceIntentDetector inner) : ISentenceIntentDetector
        {
            private readonly ConditionalWeakTable<ScriptDocument, object> _intents = [];

            public string Name => inner.Name;

            public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
                (ImmutableArray<SentenceIntent>)_intents.GetValue(document, d => inner.Classify(d, cancellationToken));
        }
    }
}
