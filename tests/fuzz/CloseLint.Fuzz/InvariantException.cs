namespace CloseLint.Fuzz;

/// <summary>A property that must hold for every input did not.</summary>
public sealed class InvariantException(string message) : Exception(message)
{
    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    public static void Check(bool condition, string message)
    {
        if (!condition) throw new InvariantException(message);
    }
}
