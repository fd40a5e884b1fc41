using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint.Intent;

/// <summary>The lower-case names the training data, the model file and <c>closelint classify</c> use for labels.</summary>
public static class IntentLabelNames
{
    /// <summary>Every label, in report order.</summary>
    public static ImmutableArray<IntentLabel> All { get; } =
        [IntentLabel.Summary, IntentLabel.Concern, IntentLabel.Ask, IntentLabel.Gimmick, IntentLabel.Other];

    /// <summary>The label's lower-case name, such as <c>concern</c>.</summary>
    public static string ToName(IntentLabel label) => label switch
    {
        IntentLabel.Summary => "summary",
        IntentLabel.Concern => "concern",
        IntentLabel.Ask => "ask",
        IntentLabel.Gimmick => "gimmick",
        IntentLabel.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown intent label."),
    };

    /// <summary>Reads a label name in any case; false when it names no label.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out IntentLabel label)
    {
        foreach (var candidate in All)
        {
            if (name.Trim().Equals(ToName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                label = candidate;
                return true;
            }
        }

        label = IntentLabel.Other;
        return false;
    }
}
