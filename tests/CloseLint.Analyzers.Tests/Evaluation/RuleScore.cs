using System.Globalization;

namespace CloseLint.Analyzers.Tests.Evaluation;

/// <summary>Counts of one rule against the development set, and precision and recall from them.</summary>
internal sealed class RuleScore(string id, string field)
{
    public string Id { get; } = id;

    public string Field { get; } = field;

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public List<string> Misses { get; } = [];

    /// <summary>Precision, or 1 when the rule never fired (nothing it said was wrong).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall, or 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(bool expected, bool actual, string script)
    {
        if (expected && actual) TruePositives++;
        else if (actual) Miss(false, script);
        else if (expected) Miss(true, script);
    }

    public void AddHit(bool correct, string where)
    {
        if (correct) TruePositives++;
        else Miss(false, where);
    }

    public void AddMissed(string where) => Miss(true, where);

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Id} | {Field} | {TruePositives} | {FalsePositives} | {FalseNegatives} | {Precision:0.00} | {Recall:0.00} |");

    private void Miss(bool falseNegative, string where)
    {
        if (falseNegative) FalseNegatives++;
        else FalsePositives++;
        Misses.Add($"{Id} {(falseNegative ? "missed" : "false alarm")}: {where}");
    }
}
