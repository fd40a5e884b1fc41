using CloseLint.Text;

namespace CloseLint.Reliability.Tests.Properties;

internal static class TextBoundaries
{
    /// <summary>The nearest offset at or before <paramref name="position"/> that is not inside a character.</summary>
    public static int Snap(SourceText text, int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        while (text.IsInsideCharacter(position)) position--;
        return position;
    }

    /// <summary>True when the text has a lone surrogate (half an emoji).</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
                i++;
            }
            else if (char.IsLowSurrogate(text[i])) return true;
        }

        return false;
    }
}
