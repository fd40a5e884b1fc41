using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint.Cli.Checking;

/// <summary>Everything one <c>closelint check</c> found, in input order.</summary>
internal sealed class BatchResult
{
    /// <summary>Creates a result.</summary>
    public BatchResult(ImmutableArray<ScriptReport> scripts, ImmutableArray<DiagnosticDescriptor> rules, string detectorName)
    {
        Scripts = scripts;
        Rules = rules;
        DetectorName = detectorName;
        foreach (var finding in scripts.SelectMany(s => s.Findings))
        {
            switch (finding.Severity)
            {
                case DiagnosticSeverity.Error: Errors++; break;
                case DiagnosticSeverity.Warning: Warnings++; break;
                case DiagnosticSeverity.Info: Suggestions++; break;
            }
        }
    }

    /// <summary>One report a script (file or CSV row), in input order.</summary>
    public ImmutableArray<ScriptReport> Scripts { get; }

    /// <summary>Every rule that could have reported, in id order (for SARIF's rule table).</summary>
    public ImmutableArray<DiagnosticDescriptor> Rules { get; }

    /// <summary>The intent detector used.</summary>
    public string DetectorName { get; }

    /// <summary>Error findings.</summary>
    public int Errors { get; }

    /// <summary>Warning findings.</summary>
    public int Warnings { get; }

    /// <summary>Suggestion findings.</summary>
    public int Suggestions { get; }

    /// <summary>The number of files the scripts came from.</summary>
    public int FileCount => Scripts.Select(s => s.Source.FullPath + (s.Source.IsStandardInput ? "\0stdin" : "")).Distinct().Count();

    /// <summary>True when some input could not be read or a fix could not be written.</summary>
    public bool HasInputProblems => Scripts.Any(s => s.HasInputProblem);

    /// <summary>2 when an input could not be read, 1 when a finding is at or above <paramref name="failOn"/>, else 0.</summary>
    public int ExitCode(DiagnosticSeverity? failOn)
    {
        if (HasInputProblems) return ExitCodes.UsageOrInputError;
        if (failOn is not { } threshold) return ExitCodes.Clean;
        return Scripts.SelectMany(s => s.VisibleFindings).Any(f => f.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
