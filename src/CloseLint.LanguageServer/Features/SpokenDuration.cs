using System.Globalization;

namespace CloseLint.LanguageServer.Features;

/// <summary>Short wording of spoken lengths for hints and lenses: "24 s", "1 min 12 s".</summary>
internal static class SpokenDuration
{
    public static int RoundSeconds(double seconds) => Math.Max(1, (int)Math.Round(seconds, MidpointRounding.AwayFromZero));

    public static string Format(double seconds)
    {
        var whole = RoundSeconds(seconds);
        if (whole < 60) return whole.ToString(CultureInfo.InvariantCulture) + " s";
        var minutes = whole / 60;
        var rest = whole % 60;
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min {rest} s");
    }
}
