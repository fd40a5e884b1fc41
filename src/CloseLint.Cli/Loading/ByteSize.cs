using System.Globalization;

namespace CloseLint.Cli.Loading;

/// <summary>
/// Sizes as people write them for <c>--max-file-size</c> (<c>64MB</c>, <c>512KB</c>, <c>1GB</c>, <c>1000000</c>) and
/// as messages show them. Units are binary, as file managers and <c>ls -h</c> count: 1 KB is 1,024 bytes.
/// </summary>
internal static class ByteSize
{
    /// <summary>The default input size limit: 64 MB.</summary>
    public const long DefaultLimit = 64L * 1024 * 1024;

    /// <summary>
    /// The largest limit accepted: 1 GB. A script is held in memory as UTF-16, twice its UTF-8 size, and .NET strings
    /// stop just short of 2^30 characters, so nothing larger could be checked anyway.
    /// </summary>
    public const long MaxLimit = 1L << 30;

    private static readonly (string Name, long Bytes)[] Units = [("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10)];

    /// <summary>Reads a size: a whole or decimal number, then optionally <c>B</c>, <c>K[i][B]</c>, <c>M[i][B]</c> or <c>G[i][B]</c>, any case.</summary>
    public static bool TryParse(string? text, out long bytes, out string error)
    {
        bytes = 0;
        error = string.Empty;
        var trimmed = (text ?? string.Empty).Trim();
        var numberEnd = 0;
        while (numberEnd < trimmed.Length && (char.IsAsciiDigit(trimmed[numberEnd]) || trimmed[numberEnd] == '.')) numberEnd++;
        var unit = trimmed[numberEnd..].Trim();
        if (!decimal.TryParse(trimmed.AsSpan(0, numberEnd), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || UnitBytes(unit) is not { } multiplier)
        {
            error = $"'{text}' is not a size: write bytes, or a number with KB, MB or GB, like 64MB";
            return false;
        }

        // Checking the number first keeps the product from overflowing.
        var value = number > MaxLimit ? decimal.MaxValue : number * multiplier;
        if (value > MaxLimit)
        {
            error = $"'{text}' is over the largest limit, {FormatLimit(MaxLimit)}";
            return false;
        }

        if (value < 1)
        {
            error = $"'{text}' is too small: the limit must be at least 1 byte";
            return false;
        }

        bytes = (long)decimal.Floor(value);
        return true;
    }

    /// <summary>A limit, exactly: <c>64 MB</c> when it is a whole number of a unit, else <c>1,000,000 bytes</c>.</summary>
    public static string FormatLimit(long bytes)
    {
        foreach (var (name, size) in Units)
            if (bytes >= size && bytes % size == 0) return string.Create(CultureInfo.InvariantCulture, $"{bytes / size} {name}");
        return Bytes(bytes);
    }

    /// <summary>A size, to one decimal of the largest unit it reaches: <c>100.0 MB</c>, <c>3.5 KB</c>, <c>12 bytes</c>.</summary>
    public static string Format(long bytes)
    {
        foreach (var (name, size) in Units)
            if (bytes >= size) return string.Create(CultureInfo.InvariantCulture, $"{(double)bytes / size:F1} {name}");
        return Bytes(bytes);
    }

    /// <summary><c>1 byte</c>, <c>104,857,600 bytes</c>.</summary>
    public static string Bytes(long bytes) =>
        bytes == 1 ? "1 byte" : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static long? UnitBytes(string unit) => unit.ToUpperInvariant() switch
    {
        "" or "B" => 1,
        "K" or "KB" or "KIB" => 1L << 10,
        "M" or "MB" or "MIB" => 1L << 20,
        "G" or "GB" or "GIB" => 1L << 30,
        _ => null,
    };
}
