namespace CloseLint.LanguageServer;

/// <summary>JSON-RPC and LSP error codes the server answers with.</summary>
internal static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}
