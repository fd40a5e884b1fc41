using System.Diagnostics.CodeAnalysis;
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
/// <remarks>
/// The server's options resolve types through <see cref="LspJsonContext"/> alone, never by reflection, so the
/// server runs the same compiled ahead of time (Native AOT) as on the JIT; a message type missing from the context
/// fails the in-process tests instead of a native build in an editor.
/// </remarks>
public static class LspJson
{
    /// <summary>The serializer options of every LSP message the server reads or writes.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnlyOptions(LspJsonContext.Default);

    /// <summary>A formatter for <see cref="StreamJsonRpc.JsonRpc"/> that uses <see cref="Options"/>' settings.</summary>
    public static SystemTextJsonFormatter CreateFormatter() => CreateFormatterCore(LspJsonContext.Default);

    /// <summary>
    /// A formatter with the protocol's settings that also resolves the types of <paramref name="resolver"/>: a client
    /// that sends types of its own (anonymous objects, say) passes a reflection-based
    /// <see cref="DefaultJsonTypeInfoResolver"/> here.
    /// </summary>
    public static SystemTextJsonFormatter CreateFormatter(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return CreateFormatterCore(JsonTypeInfoResolver.Combine(LspJsonContext.Default, resolver));
    }

    /// <summary>Serializer options with the protocol's settings that resolve types through <paramref name="resolver"/>.</summary>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return CreateReadOnlyOptions(JsonTypeInfoResolver.Combine(LspJsonContext.Default, resolver));
    }

    // StreamJsonRpc marks the formatter as unsafe for trimming because it serializes arguments by their runtime type;
    // with a resolver that never falls back to reflection that is safe, as StreamJsonRpc's NativeAOT guidance says.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every type is resolved by a source-generated JsonSerializerContext.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every type is resolved by a source-generated JsonSerializerContext.")]
    private static SystemTextJsonFormatter CreateFormatterCore(IJsonTypeInfoResolver resolver) =>
        // The formatter adds its own converters, so it gets options that are still writable.
        new() { JsonSerializerOptions = CreateWritableOptions(resolver) };

    private static JsonSerializerOptions CreateReadOnlyOptions(IJsonTypeInfoResolver resolver)
    {
        var options = CreateWritableOptions(resolver);
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateWritableOptions(IJsonTypeInfoResolver resolver) =>
        new(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = resolver,
        };
}
