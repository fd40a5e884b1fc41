using System.Diagnostics;
using System.Net.Sockets;

namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>Makes the file system entries that are not regular files: FIFOs and Unix domain sockets.</summary>
public static class SpecialFiles
{
    /// <summary>A FIFO at <paramref name="path"/> (with <c>mkfifo</c>); nothing ever writes to it.</summary>
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var start = new ProcessStartInfo("mkfifo") { RedirectStandardError = true };
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("mkfifo did not start");
        if (!process.WaitForExit(10_000)) throw new TimeoutException("mkfifo did not finish");
        if (process.ExitCode != 0) throw new InvalidOperationException($"mkfifo failed: {process.StandardError.ReadToEnd()}");
        return path;
    }

    /// <summary>A listening Unix domain socket bound at <paramref name="path"/>; dispose it to close it.</summary>
    public static Socket Socket(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen();
        return socket;
    }
}
