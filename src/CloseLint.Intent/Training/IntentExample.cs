using CloseLint.Analysis;

namespace CloseLint.Intent.Training;

/// <summary>One labelled sentence.</summary>
/// <param name="Label">What the sentence does.</param>
/// <param name="Text">The sentence.</param>
public sealed record IntentExample(IntentLabel Label, string Text);
