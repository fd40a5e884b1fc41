using System.Text.Json;
using Shouldly;

namespace CloseLint.Cli.Tests.Infrastructure;

public static class JsonAssert
{
    /// <summary>The object has exactly these properties, in this order.</summary>
    public static void ShouldHaveProperties(this JsonElement element, params string[] names)
    {
        element.ValueKind.ShouldBe(JsonValueKind.Object);
        element.EnumerateObject().Select(p => p.Name).ToArray().ShouldBe(names);
    }

    public static JsonElement[] Items(this JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray()];
}
