namespace CloseLint.LanguageServer.Configuration;

/// <summary>The current client settings and workspace root; <see cref="Generation"/> changes with every update.</summary>
internal sealed class ServerSettings
{
    private volatile ClientSettings _current = ClientSettings.Empty;
    private int _generation;

    public ClientSettings Current => _current;

    public int Generation => Volatile.Read(ref _generation);

    /// <summary>The first workspace folder's path: relative phrase files in client settings are read from there.</summary>
    public string? WorkspaceRoot { get; set; }

    public void Update(ClientSettings settings)
    {
        _current = settings;
        Interlocked.Increment(ref _generation);
    }

    /// <summary>Marks cached analyses stale without new settings (an <c>.editorconfig</c> changed).</summary>
    public void Touch() => Interlocked.Increment(ref _generation);
}
