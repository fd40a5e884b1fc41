using System.Text.Json.Nodes;
using Json.Schema;

namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>The SARIF 2.1.0 schema (see Schemas/README.md for where it comes from and the two changes made to load it).</summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static JsonSchema Instance => Schema.Value;

    private static JsonSchema Load()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
