using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;
using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace CloseLint.Cli.Tests.Units;

public sealed class ScriptLoaderTests : IDisposable
{
    private static readonly InputFile StandardInput = new("<stdin>", "/tmp/stdin.txt", InputKind.PlainText, IsStandardInput: true);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Stops_reading_an_endless_standard_input_one_byte_past_the_limit()
    {
        var endless = new EndlessStream();
        var loader = new ScriptLoader(CsvColumns.Default, () => endless, maxFileBytes: 1_000_000);

        // An unbounded read never ends; the timeout turns that into a failure.
        var items = await Task.Run(() => loader.Load(StandardInput)).WaitAsync(TimeSpan.FromSeconds(30));

        items.ShouldHaveSingleItem().Problem.ShouldNotBeNull().Reason.ShouldStartWith("standard input is over the 1,000,000 bytes limit");
        endless.BytesRead.ShouldBe(1_000_001);
    }

    [Fact]
    public void Reads_standard_input_at_exactly_the_limit()
    {
        var input = new MemoryStream("I want this job."u8.ToArray());
        var loader = new ScriptLoader(CsvColumns.Default, () => input, maxFileBytes: input.Length);

        loader.Load(StandardInput).ShouldHaveSingleItem().Unit.ShouldNotBeNull().Text.ToString().ShouldBe("I want this job.");
    }

    [Fact]
    public void Refuses_a_file_over_the_limit_from_its_length_alone()
    {
        var path = _temp.Combine("sparse.txt");
        using (var stream = File.Create(path)) stream.SetLength(5L * 1024 * 1024 * 1024);
        var loader = new ScriptLoader(CsvColumns.Default, () => Stream.Null, maxFileBytes: 1024);

        var problem = loader.Load(new InputFile("sparse.txt", path, InputKind.PlainText)).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        problem.Reason.ShouldBe("the file is 5.0 GB (5,368,709,120 bytes), over the 1 KB limit; raise the limit with --max-file-size");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData((1L << 30) + 1)]
    public void Refuses_a_limit_outside_1_byte_to_1_GB(long limit) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ScriptLoader(CsvColumns.Default, () => Stream.Null, limit));

    /// <summary>Gives 'a' for ever, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
