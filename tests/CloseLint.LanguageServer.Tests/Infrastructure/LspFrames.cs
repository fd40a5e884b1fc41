using System.Globalization;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>LSP base-protocol framing in raw bytes, for tests that talk to the server below any JSON-RPC library.</summary>
public static class LspFrames
{
    /// <summary>A <c>Content-Length</c> frame around <paramref name="json"/>.</summary>
    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public static string Request(int id, string method, string parametersJson) =>
        $$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{parametersJson}}}""";

    public static string Notification(string method, string parametersJson) =>
        $$"""{"jsonrpc":"2.0","method":"{{method}}","params":{{parametersJson}}}""";

    /// <summary>Takes the first whole frame's body off the front of <paramref name="buffer"/>, if it holds one.</summary>
    public static bool TryTake(List<byte> buffer, out JsonElement message)
    {
        message = default;
        var bytes = buffer.ToArray();
        var headerEnd = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0) return false;
        var headers = Encoding.ASCII.GetString(bytes, 0, headerEnd);
        var length = int.Parse(headers.Split("\r\n").Single(h => h.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        if (bytes.Length < headerEnd + 4 + length) return false;
        message = JsonDocument.Parse(bytes.AsMemory((headerEnd + 4)..(headerEnd + 4 + length))).RootElement.Clone();
        buffer.RemoveRange(0, headerEnd + 4 + length);
        return true;
    }

    /// <summary>Every message in a complete output.</summary>
    public static List<JsonElement> ReadAll(byte[] output)
    {
        var buffer = new List<byte>(output);
        var messages = new List<JsonElement>();
        while (TryTake(buffer, out var message)) messages.Add(message);
        buffer.Count.ShouldBe(0, "the output ends inside a frame");
        return messages;
    }

    /// <summary>True when <paramref name="message"/> is the response (result or error) to request <paramref name="id"/>.</summary>
    public static bool IsResponseTo(JsonElement message, int id) =>
        message.TryGetProperty("id", out var messageId) && messageId.ValueKind == JsonValueKind.Number && messageId.GetInt32() == id
        && !message.TryGetProperty("method", out _);
}
