namespace CloseLint.Cli.Loading;

/// <summary>What reading an input gives, in input order: a script to check, or a problem to report.</summary>
internal readonly record struct LoadItem(ScriptUnit? Unit, LoadProblem? Problem)
{
    /// <summary>A script.</summary>
    public static implicit operator LoadItem(ScriptUnit unit) => new(unit, null);

    /// <summary>A problem.</summary>
    public static implicit operator LoadItem(LoadProblem problem) => new(null, problem);
}
