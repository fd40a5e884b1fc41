using System.Text;

namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted afterwards. Its name has a space and a non-ASCII letter.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"closelint cli tésts {Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        // A root .editorconfig here stops configuration of the machine's folders above from leaking in.
        File.WriteAllText(System.IO.Path.Combine(Path, ".editorconfig"), "root = true\n");
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relative) => File.ReadAllText(Combine(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
