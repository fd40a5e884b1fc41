namespace CloseLint.LanguageServer;

/// <summary>What the server sends to the client: notifications and requests, parameters always by name.</summary>
internal interface ILanguageClient
{
    Task NotifyAsync(string method, object parameters);

    Task<TResult> RequestAsync<TResult>(string method, object? parameters, CancellationToken cancellationToken);
}
