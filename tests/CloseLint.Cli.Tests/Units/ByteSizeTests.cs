using CloseLint.Cli.Loading;
using Shouldly;

namespace CloseLint.Cli.Tests.Units;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("64MB", 64L * 1024 * 1024)]
    [InlineData("512KB", 512L * 1024)]
    [InlineData("1GB", 1024L * 1024 * 1024)]
    [InlineData("1000000", 1_000_000)]
    [InlineData("1000000B", 1_000_000)]
    [InlineData(" 64 mb ", 64L * 1024 * 1024)]
    [InlineData("2MiB", 2L * 1024 * 1024)]
    [InlineData("1.5K", 1536)]
    [InlineData("0.5kb", 512)]
    [InlineData("1", 1)]
    public void Reads_sizes_in_binary_units(string text, long expected)
    {
        ByteSize.TryParse(text, out var bytes, out var error).ShouldBeTrue(error);
        bytes.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-1")]
    [InlineData("1,5MB")]
    [InlineData("1.2.3MB")]
    [InlineData("64 XB")]
    [InlineData("0")]
    [InlineData("0.1")]
    [InlineData("1.5GB")]
    [InlineData("79228162514264337593543950335GB")]
    [InlineData("99999999999999999999999999999999999")]
    public void Refuses_what_is_not_a_size_from_1_byte_to_1_GB(string text)
    {
        ByteSize.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain($"'{text}'");
    }

    [Theory]
    [InlineData(64L * 1024 * 1024, "64.0 MB")]
    [InlineData(1024L * 1024 * 1024, "1.0 GB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(1_000_000, "976.6 KB")]
    [InlineData(100L * 1024 * 1024, "100.0 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3.0 GB")]
    [InlineData(12, "12 bytes")]
    public void Formats_a_size_to_one_decimal(long bytes, string expected) => ByteSize.Format(bytes).ShouldBe(expected);

    [Theory]
    [InlineData(64L * 1024 * 1024, "64 MB")]
    [InlineData(512 * 1024, "512 KB")]
    [InlineData(1_000_000, "1,000,000 bytes")]
    [InlineData(1536, "1,536 bytes")]
    [InlineData(1, "1 byte")]
    public void Formats_a_limit_exactly(long bytes, string expected) => ByteSize.FormatLimit(bytes).ShouldBe(expected);
}
