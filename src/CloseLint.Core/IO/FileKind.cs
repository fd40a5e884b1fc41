namespace CloseLint.IO;

/// <summary>What a path names once symbolic links are followed; see <see cref="FileKinds.Of"/>.</summary>
public enum FileKind
{
    /// <summary>Not known: the platform cannot tell, or the path names nothing (opening it reports why).</summary>
    Unknown,

    /// <summary>A regular file: the only kind that is safe to read to its end.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO (named pipe): opening it waits for a writer, possibly forever.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character device such as <c>/dev/zero</c> or a terminal: reading it may never end.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
}
