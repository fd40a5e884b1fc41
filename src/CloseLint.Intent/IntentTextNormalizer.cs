using System.Text;

namespace CloseLint.Intent;

/// <summary>
/// Puts a sentence in the one form the featurizer sees, at training and at run time alike: lower case, straight
/// quotes and dashes, every digit read as <c>0</c> (so "$1.5M" and "$20K" look alike), runs of whitespace as one space.
/// </summary>
public static class IntentTextNormalizer
{
    /// <summary>Normalizes <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u2026' => '.',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        >= '0' and <= '9' => '0',
        _ when char.IsDigit(c) => '0',
        _ => char.ToLowerInvariant(c),
    };
}
