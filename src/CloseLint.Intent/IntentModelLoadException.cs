namespace CloseLint.Intent;

/// <summary>The intent model file is missing, corrupt, or was trained for another featurizer.</summary>
public sealed class IntentModelLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IntentModelLoadException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
