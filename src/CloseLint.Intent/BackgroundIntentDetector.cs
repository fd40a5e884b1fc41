using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// Answers with a fallback detector (the lexical one) while the real detector loads on a background thread, and with the
/// loaded detector from the moment it is ready. A failed load keeps the fallback; <see cref="Loaded"/> says why.
/// </summary>
public sealed class BackgroundIntentDetector : ISingleSentenceIntentDetector
{
    private readonly ISentenceIntentDetector _fallback;
    private ISentenceIntentDetector? _loaded;

    /// <summary>Starts <paramref name="load"/> on a background thread.</summary>
    public BackgroundIntentDetector(Func<IntentDetectorLoadResult> load, ISentenceIntentDetector fallback)
    {
        ArgumentNullException.ThrowIfNull(load);
        _fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
        // A thread of its own rather than the pool's, which the host needs free meanwhile (a language server's requests).
        Loaded = Task.Factory.StartNew(() =>
        {
            var result = load();
            Volatile.Write(ref _loaded, result.Detector);
            return result;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Completes when loading has finished, with the detector now in use and any load error.</summary>
    public Task<IntentDetectorLoadResult> Loaded { get; }

    /// <summary>The detector answering right now.</summary>
    public ISentenceIntentDetector Current => Volatile.Read(ref _loaded) ?? _fallback;

    /// <inheritdoc/>
    public string Name => Current.Name;

    /// <inheritdoc/>
    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
        Current.Classify(document, cancellationToken);

    /// <inheritdoc/>
    public SentenceIntent Classify(ScriptDocument document, int sentenceIndex) => Current.ClassifySentence(document, sentenceIndex);
}
