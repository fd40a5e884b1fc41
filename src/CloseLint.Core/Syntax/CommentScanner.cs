using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Syntax;

internal static class CommentScanner
{
    public static ImmutableArray<CommentTrivia> Find(string source)
    {
        var comments = ImmutableArray.CreateBuilder<CommentTrivia>();
        var position = 0;
        while (position < source.Length)
        {
            var open = source.IndexOf("<!--", position, StringComparison.Ordinal);
            if (open < 0) break;
            var close = source.IndexOf("-->", open + 4, StringComparison.Ordinal);
            var end = close < 0 ? source.Length : close + 3;
            var contentEnd = close < 0 ? source.Length : close;
            comments.Add(new CommentTrivia(TextSpan.FromBounds(open, end), source[(open + 4)..contentEnd].Trim()));
            position = end;
        }

        return comments.DrainToImmutable();
    }
}
