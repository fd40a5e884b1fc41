using CloseLint.IO;
using Shouldly;

namespace CloseLint.Core.Tests.IO;

public sealed class FileKindsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("closelint-kinds-");

    public void Dispose() => _root.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_root.FullName, name);

    [SkippableFact]
    public void Tells_regular_files_folders_fifos_sockets_and_devices_apart_without_opening_them()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs, sockets and devices in folders are a Unix thing");
        File.WriteAllText(PathOf("José 🎉.md"), "Could we talk about next steps?\r\n");
        SpecialEntries.MakeFifo(PathOf("pipe.md"));
        using var socket = SpecialEntries.ListenAt(PathOf("sock.md"));
        File.CreateSymbolicLink(PathOf("null.md"), "/dev/null");
        File.CreateSymbolicLink(PathOf("link-to-pipe.md"), PathOf("pipe.md"));

        FileKinds.Of(PathOf("José 🎉.md")).ShouldBe(FileKind.Regular);
        FileKinds.Of(_root.FullName).ShouldBe(FileKind.Directory);
        FileKinds.Of(PathOf("pipe.md")).ShouldBe(FileKind.Fifo);
        FileKinds.Of(PathOf("sock.md")).ShouldBe(FileKind.Socket);
        FileKinds.Of(PathOf("null.md")).ShouldBe(FileKind.CharacterDevice);
        FileKinds.Of(PathOf("link-to-pipe.md")).ShouldBe(FileKind.Fifo, "links are followed");
    }

    [Theory]
    [InlineData("missing.md")]
    [InlineData("")]
    [InlineData("bad\0name.md")]
    public void A_path_that_names_nothing_is_unknown_and_never_throws(string name)
    {
        FileKinds.Of(name.Length == 0 ? name : PathOf(name)).ShouldBe(FileKind.Unknown);
    }

    [Theory]
    [InlineData(FileKind.Regular, false, "a regular file")]
    [InlineData(FileKind.Unknown, false, "of an unknown kind")]
    [InlineData(FileKind.Fifo, true, "a FIFO")]
    [InlineData(FileKind.Socket, true, "a socket")]
    [InlineData(FileKind.CharacterDevice, true, "a character device")]
    [InlineData(FileKind.BlockDevice, true, "a block device")]
    [InlineData(FileKind.Directory, true, "a folder")]
    public void Only_regular_and_unknown_entries_may_be_opened(FileKind kind, bool mustNotBeOpened, string description)
    {
        kind.MustNotBeOpened().ShouldBe(mustNotBeOpened);
        kind.Describe().ShouldBe(description);
    }
}
