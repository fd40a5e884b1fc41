using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>
/// Serialization metadata for the protocol types, generated at build time: without it the first messages of a
/// session (<c>initialize</c> above all) pay for building it by reflection, which took about a fifth of the server's
/// CPU time before its first answer. It is the only resolver the server has (see <see cref="LspJson"/>), so it also
/// lists what StreamJsonRpc itself reads and writes through the options: the id of <c>$/cancelRequest</c> and the
/// error data of a handler that threw.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(SetTraceParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(ImmutableArray<LspCodeAction>))]
[JsonSerializable(typeof(TextDocumentEdit))]
[JsonSerializable(typeof(CreateFile))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(TextDocumentRangeParams))]
[JsonSerializable(typeof(ImmutableArray<InlayHint>))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(ImmutableArray<CodeLens>))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ScriptStatsParams))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(RequestId))]
[JsonSerializable(typeof(CommonErrorData))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement?))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
