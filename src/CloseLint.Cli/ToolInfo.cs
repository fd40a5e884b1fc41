using System.Reflection;

namespace CloseLint.Cli;

/// <summary>The tool's name and version, as reports print them.</summary>
internal static class ToolInfo
{
    /// <summary>The version without build metadata, such as <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
