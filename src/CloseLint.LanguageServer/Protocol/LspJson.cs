using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StreamJsonRpc;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>
/// The JSON settings of the protocol: camelCase names, nulls omitted, unknown fields tolerated. Every formatter is
/// built here, because a bare <see cref="SystemTextJsonFormatter"/> writes PascalCase names.
/// </summary>
public static class LspJson
{
    /// <summary>The serializer options of every LSP message.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnlyOptions();

    /// <summary>A formatter for <see cref="StreamJsonRpc.JsonRpc"/> that uses <see cref="Options"/>.</summary>
    public static SystemTextJsonFormatter CreateFormatter() => new() { JsonSerializerOptions = CreateOptions() };

    private static JsonSerializerOptions CreateReadOnlyOptions()
    {
        var options = CreateOptions();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // The formatter adds its own converters, so it gets options that are still writable.
    private static JsonSerializerOptions CreateOptions() =>
        new(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            // Generated metadata for the protocol types; reflection for anything else (a client's anonymous objects).
            TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
}
