using System.Text;
using CloseLint.Text;

namespace CloseLint.Cli.Fixing;

/// <summary>Rewrites a file so a reader never sees half of it: a temporary file in the same folder, then a rename over the original.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> in its own encoding (a byte order mark kept if it had one).</summary>
    public static void Write(string path, SourceText text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.closelint-tmp");
        var encoding = text.Encoding ?? new UTF8Encoding(false);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                if (text.HadByteOrderMark) stream.Write(encoding.GetPreamble());
                stream.Write(encoding.GetBytes(text.ToString()));
                stream.Flush(flushToDisk: true);
            }

            CopyPermissions(path, temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static void CopyPermissions(string from, string to)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original's mode is a courtesy; the fix is still written.
        }
    }
}
