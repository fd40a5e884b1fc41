using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Configuration;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Fuzz;

/// <summary>Targets for the text, document, configuration and analysis layers.</summary>
public static class CoreTargets
{
    private static readonly string[] Insertions = ["", "a", " ", ".", "\n", "\r", "\r\n", "🎉", "\uD83D", "\uDE00", "é", "# ", "<!--", "-->", "[", "]", "Summary:"];

    private static readonly Lazy<AnalyzerDriver> Driver = new(() => new AnalyzerDriver(BuiltInAnalyzers.All, Intent.LexicalIntentDetector.Instance));

    private static readonly Lazy<CodeFixService> Fixes = new(() => new CodeFixService(BuiltInCodeFixes.All));

    /// <summary>Parses the bytes as a plain-text or Markdown script and checks the document's invariants.</summary>
    public static void Parse(byte[] bytes, ScriptFormat format)
    {
        var document = ScriptDocument.Parse(SourceText.From(FuzzInput.Lenient(bytes)), format: format);
        DocumentInvariants.Check(document);
        var again = ScriptDocument.Parse(document.Text, format: format);
        InvariantException.Check(again.Sentences.Length == document.Sentences.Length, "parsing the same text twice gave different sentences");
    }

    /// <summary>Splits the bytes into sentences: ordered, non-overlapping, trimmed, inside the text.</summary>
    public static void Sentences(byte[] bytes)
    {
        var text = FuzzInput.Lenient(bytes);
        var end = 0;
        foreach (var span in SentenceSplitter.Split(text))
        {
            InvariantException.Check(span.Start >= end && span.End <= text.Length && !span.IsEmpty, $"sentence {span} is out of order or outside the text");
            InvariantException.Check(!char.IsWhiteSpace(text[span.Start]) && !char.IsWhiteSpace(text[span.End - 1]), $"sentence {span} is not trimmed");
            end = span.End;
        }
    }

    /// <summary>
    /// Reads the bytes as an <c>.editorconfig</c>, matches every section glob against paths, and merges the file;
    /// the first line is also compiled on its own as a glob.
    /// </summary>
    public static void EditorConfig(byte[] bytes)
    {
        var text = FuzzInput.Lenient(bytes);
        var file = EditorConfigFile.Parse(text, "/fuzz/.editorconfig");
        string[] paths = ["closing.md", "a/b/closing.txt", "notes 1.md", "José/🎉.md", "x", ""];
        foreach (var section in file.Sections)
            foreach (var path in paths) section.Matcher.IsMatch(path);
        foreach (var problem in file.Problems)
            InvariantException.Check(problem.Line >= 0 && !string.IsNullOrWhiteSpace(problem.Message), "a problem has no line or message");
        AnalyzerConfigSet.Merge([file], "/fuzz/a/b/closing.md");

        var firstLine = text.Split('\n')[0];
        if (EditorConfigGlob.TryCreate(firstLine, out var glob, out var error))
            foreach (var path in paths) glob!.IsMatch(path);
        else InvariantException.Check(!string.IsNullOrWhiteSpace(error), "a glob was refused without a reason");
    }

    /// <summary>Parses suppression comments alone and inside a document, then asks what they suppress.</summary>
    public static void Suppressions(byte[] bytes)
    {
        var text = FuzzInput.Lenient(bytes);
        if (SuppressionMap.TryParse(text, out _, out var ids))
            InvariantException.Check(ids.All(id => id.Length > 0), "an empty rule id was read");
        var document = ScriptDocument.Parse(text, format: ScriptFormat.Markdown);
        var map = SuppressionMap.Create(document);
        foreach (var sentence in document.Sentences)
            map.IsSuppressed("CL0002", sentence.Span.Start, document.Text.GetLineNumber(sentence.Span.Start));
    }

    /// <summary>
    /// Decodes the bytes (errors must point inside the input), then applies edits steered by the same bytes and
    /// checks the result and its line map against a plain string model.
    /// </summary>
    public static void SourceTextEdits(byte[] bytes)
    {
        string model;
        try
        {
            var decoded = SourceText.From(bytes);
            model = decoded.ToString();
            CheckLines(decoded);
        }
        catch (TextDecodingException ex)
        {
            InvariantException.Check(ex.ByteOffset >= 0 && ex.ByteOffset < bytes.Length, $"decoding error offset {ex.ByteOffset} is outside {bytes.Length} bytes");
            InvariantException.Check(ex.Position.Line >= 0 && ex.Position.Character >= 0, "decoding error position is negative");
            model = FuzzInput.Lenient(bytes);
        }

        var text = SourceText.From(model);
        var input = new FuzzInput(bytes);
        for (var step = 0; step < 16 && input.HasMore; step++)
        {
            var start = input.Next(model.Length + 1);
            var length = input.Next(model.Length - start + 1);
            var insert = Insertions[input.Next(Insertions.Length)];
            text = text.WithChanges(new TextChange(new TextSpan(start, length), insert));
            model = model[..start] + insert + model[(start + length)..];
            InvariantException.Check(text.ToString() == model, $"step {step}: WithChanges differs from the string model");
        }

        CheckLines(text);
        var rebuilt = SourceText.From(model);
        InvariantException.Check(rebuilt.LineCount == text.LineCount, "an edited text and the same text built afresh have different line counts");
    }

    /// <summary>Analyzes the bytes as Markdown with every built-in rule and applies every offered fix.</summary>
    public static void Analyze(byte[] bytes)
    {
        var document = ScriptDocument.Parse(FuzzInput.Lenient(bytes), "/fuzz/closing.md");
        var result = Driver.Value.Analyze(document);
        DocumentInvariants.Check(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            foreach (var action in Fixes.Value.GetFixesAsync(result, diagnostic).GetAwaiter().GetResult())
            {
                var fixedText = action.ApplyTo(document.Text);
                DocumentInvariants.Check(ScriptDocument.Parse(fixedText, "/fuzz/closing.md"));
            }
        }

        var (all, _) = Fixes.Value.FixAllAsync(result).GetAwaiter().GetResult();
        DocumentInvariants.Check(ScriptDocument.Parse(all, "/fuzz/closing.md"));
    }

    private static void CheckLines(SourceText text)
    {
        var s = text.ToString();
        var breaks = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.Length || s[i + 1] != '\n'))) breaks++;
        }

        InvariantException.Check(text.LineCount == breaks + 1, $"{text.LineCount} lines for {breaks} line breaks");
        for (var line = 0; line < text.LineCount; line++)
        {
            var l = text.GetLine(line);
            InvariantException.Check(l.Start <= l.End && l.End <= l.EndIncludingLineBreak, $"line {line} bounds are out of order");
            InvariantException.Check(s.AsSpan(l.Start, l.End - l.Start).IndexOfAny('\r', '\n') < 0, $"line {line} contains a line break");
        }

        for (var position = 0; position <= s.Length; position += Math.Max(1, s.Length / 64))
        {
            var lp = text.GetLinePosition(position);
            var betweenCrLf = position > 0 && position < s.Length && s[position - 1] == '\r' && s[position] == '\n';
            InvariantException.Check(text.GetPosition(lp) == position || betweenCrLf,
                $"position {position} -> {lp} does not round-trip");
        }
    }
}
