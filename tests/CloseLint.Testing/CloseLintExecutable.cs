using System.Diagnostics;

namespace CloseLint.Testing;

/// <summary>
/// The <c>closelint</c> that process tests start: the JIT-compiled <c>closelint.dll</c> built with the tests, or the
/// native (Native AOT) executable that the <c>CLOSELINT_EXE</c> environment variable names, so that CI runs the same
/// tests against the build a user installs.
/// </summary>
public static class CloseLintExecutable
{
    /// <summary>The environment variable that names a native <c>closelint</c> to test instead of the dll.</summary>
    public const string VariableName = "CLOSELINT_EXE";

    /// <summary>The native executable under test, or null when the tests run <c>dotnet closelint.dll</c>.</summary>
    public static string? NativePath { get; } = ReadNativePath();

    /// <summary>Start information for <c>closelint</c>, before its arguments: the native executable, or dotnet and <paramref name="dllPath"/>.</summary>
    public static ProcessStartInfo CreateStartInfo(string dllPath)
    {
        if (NativePath is { } native) return new ProcessStartInfo(native);
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(dllPath);
        return start;
    }

    private static string? ReadNativePath()
    {
        var value = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrEmpty(value)) return null;
        var path = Path.GetFullPath(value);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{VariableName} names a file that does not exist", path);
    }
}
