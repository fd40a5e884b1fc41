using CloseLint.Analysis;

namespace CloseLint.Intent.Training;

/// <summary>Classifies one sentence of text (a fitted pipeline, during training and evaluation).</summary>
internal interface ITextIntentClassifier
{
    SentenceIntent Predict(string text);
}
