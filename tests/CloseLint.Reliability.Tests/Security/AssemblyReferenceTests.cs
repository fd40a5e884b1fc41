using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Shouldly;

namespace CloseLint.Reliability.Tests.Security;

/// <summary>
/// SECURITY.md promises that CloseLint reaches no network and loads no code from a workspace. These tests read the
/// metadata of CloseLint's own assemblies: any call into networking or assembly loading fails them.
/// </summary>
public sealed class AssemblyReferenceTests
{
    private static readonly string[] ForbiddenAssemblies =
        ["System.Net.Http", "System.Net.Sockets", "System.Net.WebSockets", "System.Net.Requests", "System.Net.WebClient", "System.Net.Mail"];

    private static readonly (string Type, string Member)[] ForbiddenMembers =
    [
        ("Assembly", "Load"), ("Assembly", "LoadFrom"), ("Assembly", "LoadFile"), ("Assembly", "UnsafeLoadFrom"),
        ("AssemblyLoadContext", "LoadFromAssemblyPath"), ("AssemblyLoadContext", "LoadFromStream"),
        ("Process", "Start"), ("CSharpScript", "EvaluateAsync"), ("Activator", "CreateInstanceFrom"),
    ];

    public static TheoryData<string> OwnAssemblies() => [.. AssemblyNames()];

    private static List<string> AssemblyNames()
    {
        var data = new List<string>();
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "CloseLint.*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.EndsWith(".Tests", StringComparison.Ordinal) || name is "CloseLint.Testing") continue;
            data.Add(name);
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "closelint.dll");
        if (File.Exists(cli)) data.Add("closelint");
        return data;
    }

    [Fact]
    public void The_product_assemblies_are_found()
    {
        AssemblyNames().ShouldContain("CloseLint.Core");
        AssemblyNames().ShouldContain("CloseLint.Analyzers");
    }

    [Theory]
    [MemberData(nameof(OwnAssemblies))]
    public void Assembly_references_no_networking(string assembly)
    {
        using var reader = Open(assembly, out var metadata);
        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        references.Intersect(ForbiddenAssemblies).ShouldBeEmpty();
        TypeReferences(metadata).Where(t => t.StartsWith("System.Net.", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(OwnAssemblies))]
    public void Assembly_loads_no_code_and_starts_no_process(string assembly)
    {
        using var reader = Open(assembly, out var metadata);
        var calls = new List<string>();
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference) continue;
            var type = metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)member.Parent).Name);
            var name = metadata.GetString(member.Name);
            if (ForbiddenMembers.Contains((type, name))) calls.Add($"{type}.{name}");
        }

        calls.ShouldBeEmpty();
    }

    private static PEReader Open(string assembly, out MetadataReader metadata)
    {
        var reader = new PEReader(File.OpenRead(Path.Combine(AppContext.BaseDirectory, assembly + ".dll")));
        metadata = reader.GetMetadataReader();
        return reader;
    }

    private static IEnumerable<string> TypeReferences(MetadataReader metadata) =>
        metadata.TypeReferences.Select(h => metadata.GetTypeReference(h)).Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name));
}
