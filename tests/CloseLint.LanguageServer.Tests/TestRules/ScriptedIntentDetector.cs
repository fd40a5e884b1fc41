using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.LanguageServer.Tests.TestRules;

/// <summary>
/// A test detector: sentences of a Summary section are summary, "concern" asks for concerns, "want this role" and
/// "next steps" are the ask. It can be made to wait on a gate (to hold an analysis in flight) or to throw on "KABOOM".
/// </summary>
public sealed class ScriptedIntentDetector : ISentenceIntentDetector
{
    private readonly SemaphoreSlim? _gate;

    public ScriptedIntentDetector(SemaphoreSlim? gate = null) => _gate = gate;

    public string Name => "scripted";

    /// <summary>How many documents it was asked to classify.</summary>
    public int Calls => _calls;

    private int _calls;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _callsStarted = new(0);

    /// <summary>Completes when the first classification starts.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when one more classification has started (the first call, then the second, and so on).</summary>
    public async Task NextCallStartedAsync(TimeSpan timeout)
    {
        if (!await _callsStarted.WaitAsync(timeout)) throw new TimeoutException("no further classification started");
    }

    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        _started.TrySetResult();
        _callsStarted.Release();
        _gate?.Wait(cancellationToken);
        _gate?.Release();
        if (document.Text.ToString().Contains("KABOOM", StringComparison.Ordinal)) throw new InvalidOperationException("the detector broke");
        return [.. document.Sentences.Select(sentence => new SentenceIntent(Label(document, sentence), 0.9f))];
    }

    private static IntentLabel Label(ScriptDocument document, SentenceSyntax sentence)
    {
        var text = sentence.Text;
        if (text.Contains("concern", StringComparison.OrdinalIgnoreCase)) return IntentLabel.Concern;
        if (text.Contains("want this role", StringComparison.OrdinalIgnoreCase) || text.Contains("next steps", StringComparison.OrdinalIgnoreCase)) return IntentLabel.Ask;
        return document.GetSection(sentence).Kind == SectionKind.Summary ? IntentLabel.Summary : IntentLabel.Other;
    }
}
