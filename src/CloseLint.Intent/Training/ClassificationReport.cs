using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CloseLint.Analysis;

namespace CloseLint.Intent.Training;

/// <summary>Per-class precision, recall and F1, macro-F1 and the confusion matrix of one set of predictions.</summary>
public sealed class ClassificationReport
{
    private readonly int[,] _confusion;   // [expected, predicted], indices into Labels

    private ClassificationReport(int[,] confusion) => _confusion = confusion;

    /// <summary>The labels, in report order.</summary>
    public static ImmutableArray<IntentLabel> Labels => IntentLabelNames.All;

    /// <summary>How many predictions were scored.</summary>
    public int Total => _confusion.Cast<int>().Sum();

    /// <summary>Builds the report from (expected, predicted) pairs.</summary>
    public static ClassificationReport Create(IEnumerable<(IntentLabel Expected, IntentLabel Predicted)> pairs)
    {
        var confusion = new int[Labels.Length, Labels.Length];
        foreach (var (expected, predicted) in pairs)
            confusion[Labels.IndexOf(expected), Labels.IndexOf(predicted)]++;
        return new ClassificationReport(confusion);
    }

    /// <summary>How many sentences labelled <paramref name="expected"/> were predicted as <paramref name="predicted"/>.</summary>
    public int Count(IntentLabel expected, IntentLabel predicted) => _confusion[Labels.IndexOf(expected), Labels.IndexOf(predicted)];

    /// <summary>Of the sentences predicted as <paramref name="label"/>, the share that were.</summary>
    public double Precision(IntentLabel label)
    {
        var predicted = Labels.Sum(e => Count(e, label));
        return predicted == 0 ? 0 : (double)Count(label, label) / predicted;
    }

    /// <summary>Of the sentences labelled <paramref name="label"/>, the share predicted so.</summary>
    public double Recall(IntentLabel label)
    {
        var actual = Labels.Sum(p => Count(label, p));
        return actual == 0 ? 0 : (double)Count(label, label) / actual;
    }

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1(IntentLabel label)
    {
        double p = Precision(label), r = Recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>How many sentences are labelled <paramref name="label"/>.</summary>
    public int Support(IntentLabel label) => Labels.Sum(p => Count(label, p));

    /// <summary>The unweighted mean of the per-class F1.</summary>
    public double MacroF1 => Labels.Average(F1);

    /// <summary>The share of sentences predicted right.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Labels.Sum(l => Count(l, l)) / Total;

    /// <summary>A Markdown table of per-class figures and macro-F1.</summary>
    public string ToMarkdownTable()
    {
        var builder = new StringBuilder();
        builder.AppendLine("| class | precision | recall | F1 | support |");
        builder.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var label in Labels)
            builder.AppendLine(Invariant($"| {IntentLabelNames.ToName(label)} | {Precision(label):0.000} | {Recall(label):0.000} | {F1(label):0.000} | {Support(label)} |"));
        builder.AppendLine(Invariant($"| **macro** | | | **{MacroF1:0.000}** | {Total} |"));
        return builder.ToString();
    }

    /// <summary>A Markdown confusion matrix, rows expected and columns predicted.</summary>
    public string ToMarkdownConfusionMatrix()
    {
        var builder = new StringBuilder();
        builder.Append("| expected \\ predicted |");
        foreach (var label in Labels) builder.Append(' ').Append(IntentLabelNames.ToName(label)).Append(" |");
        builder.AppendLine();
        builder.Append("|---|");
        foreach (var _ in Labels) builder.Append("---:|");
        builder.AppendLine();
        foreach (var expected in Labels)
        {
            builder.Append("| ").Append(IntentLabelNames.ToName(expected)).Append(" |");
            foreach (var predicted in Labels) builder.Append(' ').Append(Count(expected, predicted).ToString(CultureInfo.InvariantCulture)).Append(" |");
            builder.AppendLine();
        }

        return builder.ToString();
    }

    /// <summary>Both tables.</summary>
    public override string ToString() => ToMarkdownTable() + Environment.NewLine + ToMarkdownConfusionMatrix();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
