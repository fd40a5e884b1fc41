using System.Runtime.InteropServices;

namespace CloseLint.Cli.Inputs;

/// <summary>
/// Tells a regular file from a FIFO, socket or device without opening it: opening a FIFO blocks until something
/// writes to it, and a device may never end. .NET has no public API for a file's type (it reports all of them as
/// <see cref="FileAttributes.Normal"/>), so this calls <c>SystemNative_Stat</c>, the <c>stat(2)</c> wrapper in the
/// runtime's own native library, which every .NET on Unix ships and which normalizes the result to one layout on
/// every platform (its mode is the second 32-bit field, with the POSIX <c>S_IF*</c> values).
/// </summary>
internal static class FileTypes
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, Directory = 0x4000, BlockDevice = 0x6000,
        Regular = 0x8000, Socket = 0xC000;

    /// <summary>The type of what <paramref name="path"/> names, following symbolic links; never throws.</summary>
    public static FileType Of(string path)
    {
        // Windows keeps named pipes and devices out of the folders a batch walks.
        if (OperatingSystem.IsWindows()) return FileType.Unknown;
        try
        {
            if (Stat(path, out var status) != 0) return FileType.Unknown;
            return (status.Mode & TypeMask) switch
            {
                Regular => FileType.Regular,
                Directory => FileType.Directory,
                Fifo => FileType.Fifo,
                Socket => FileType.Socket,
                CharacterDevice => FileType.CharacterDevice,
                BlockDevice => FileType.BlockDevice,
                _ => FileType.Unknown,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileType.Unknown;
        }
    }

    /// <summary>How messages name <paramref name="type"/>: "a FIFO", "a socket", ….</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Regular => "a regular file",
        FileType.Directory => "a folder",
        FileType.Fifo => "a FIFO",
        FileType.Socket => "a socket",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        _ => "of an unknown type",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status status);

    /// <summary>The start of the runtime's <c>FileStatus</c>; sized well past the whole structure, which later runtimes may extend.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct Status
    {
        public int Flags;
        public int Mode;
    }
}
