namespace CloseLint.Cli.Loading;

/// <summary>An input over the <c>--max-file-size</c> limit; its message is the whole report.</summary>
internal sealed class InputTooLargeException(string message) : IOException(message);
