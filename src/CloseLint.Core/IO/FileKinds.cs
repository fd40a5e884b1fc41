using System.Runtime.InteropServices;

namespace CloseLint.IO;

/// <summary>
/// Tells a regular file from a FIFO, socket or device without opening it. A reader must not open anything else:
/// opening a FIFO blocks until something writes to it, and a device such as <c>/dev/zero</c> never ends. .NET has no
/// public API for a file's type (every one of these is <see cref="FileAttributes.Normal"/> to it), so this calls
/// <c>SystemNative_Stat</c>, the <c>stat(2)</c> wrapper in the runtime's own native library, which every .NET on Unix
/// ships and which gives the same layout on every platform (the mode is its second 32-bit field, with the POSIX
/// <c>S_IF*</c> type bits). A file can still be swapped between this check and the open; that race needs someone
/// replacing files on purpose, and closing it would need a non-blocking open, which .NET does not offer.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000, FifoBits = 0x1000, CharacterDeviceBits = 0x2000, DirectoryBits = 0x4000,
        BlockDeviceBits = 0x6000, RegularBits = 0x8000, SocketBits = 0xC000;

    /// <summary>
    /// What <paramref name="path"/> names, following symbolic links. Never throws: a path that names nothing, or a
    /// platform that cannot tell (Windows, where FIFOs and devices do not live in folders), gives <see cref="FileKind.Unknown"/>.
    /// </summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(path) || path.Contains('\0')) return FileKind.Unknown;
        try
        {
            if (Stat(path, out var status) != 0) return FileKind.Unknown;
            return (status.Mode & TypeMask) switch
            {
                RegularBits => FileKind.Regular,
                DirectoryBits => FileKind.Directory,
                FifoBits => FileKind.Fifo,
                SocketBits => FileKind.Socket,
                CharacterDeviceBits => FileKind.CharacterDevice,
                BlockDeviceBits => FileKind.BlockDevice,
                _ => FileKind.Unknown,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }
    }

    /// <summary>True when <paramref name="kind"/> is something other than a regular file that a reader must not open.</summary>
    public static bool MustNotBeOpened(this FileKind kind) => kind is not (FileKind.Regular or FileKind.Unknown);

    /// <summary>How a message names <paramref name="kind"/>: "a FIFO", "a socket", "a character device", ….</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "of an unknown kind",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    /// <summary>The start of the runtime's <c>FileStatus</c>, sized well past the whole structure, which a later runtime may extend.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
