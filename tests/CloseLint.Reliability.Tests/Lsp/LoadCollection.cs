namespace CloseLint.Reliability.Tests.Lsp;

/// <summary>Load tests run alone, after the parallel tests, so their figures are not other tests' noise.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "load";
}
