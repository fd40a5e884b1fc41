using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CloseLint.Core.Tests.IO;

/// <summary>Makes file system entries that are not regular files, for tests that must not open them.</summary>
internal static class SpecialEntries
{
    /// <summary>Creates a FIFO at <paramref name="path"/> with <c>mkfifo(3)</c>; nothing writes to it.</summary>
    public static string MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0) throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        return path;
    }

    /// <summary>Binds a listening Unix domain socket at <paramref name="path"/>; dispose it to close it.</summary>
    public static Socket ListenAt(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen();
        return socket;
    }

    /// <summary>
    /// Ends a read blocked on the FIFO at <paramref name="path"/> (a regression): opening the write end lets the
    /// reader's open return, and closing it gives the reader end of file.
    /// </summary>
    public static void ReleaseReader(string path)
    {
        using var writer = new FileStream(path, FileMode.Open, FileAccess.Write);
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
