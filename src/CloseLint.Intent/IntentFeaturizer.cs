namespace CloseLint.Intent;

/// <summary>
/// Turns a sentence into a sparse, L2-normalized vector of hashed n-grams: word 1- and 2-grams, optionally 3-grams
/// (with sentence-start and -end markers, and <c>?</c> as a word) and character 3- and 4-grams over the normalized text. The hash is a
/// fixed FNV-1a with a per-kind salt, so training (through ML.NET) and run time (in plain C#) see the same vector.
/// </summary>
/// <remarks>
/// Any change here changes the meaning of every trained weight: bump <see cref="Version"/> and retrain. The model
/// file records the version it was trained with and loading refuses a mismatch.
/// </remarks>
public sealed class IntentFeaturizer
{
    /// <summary>The featurizer's version, written into and checked against the model file.</summary>
    public const string Version = "closelint-intent-featurizer/1";

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSalt = 0x9E3779B9;
    private const uint BigramSalt = 0x85EBCA6B;
    private const uint TrigramSalt = 0x27D4EB2F;
    private const uint CharSalt = 0xC2B2AE35;
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    /// <summary>Creates a featurizer hashing into <c>2^bits</c> slots.</summary>
    /// <param name="bits">Between 10 and 24.</param>
    /// <param name="wordNgrams">The longest word n-gram, 2 or 3.</param>
    public IntentFeaturizer(int bits, int wordNgrams = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        ArgumentOutOfRangeException.ThrowIfLessThan(wordNgrams, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordNgrams, 3);
        Bits = bits;
        WordNgrams = wordNgrams;
        Dimension = 1 << bits;
    }

    /// <summary>The number of hash bits.</summary>
    public int Bits { get; }

    /// <summary>The longest word n-gram.</summary>
    public int WordNgrams { get; }

    /// <summary>The vector's length, <c>2^Bits</c>.</summary>
    public int Dimension { get; }

    /// <summary>
    /// Featurizes already <see cref="IntentTextNormalizer.Normalize">normalized</see> text into
    /// <paramref name="features"/>, which is cleared first. Indices come out sorted and distinct.
    /// </summary>
    public void Featurize(string normalized, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(features);
        features.Clear();
        var mask = (uint)(Dimension - 1);
        AddWords(normalized, features, mask, WordNgrams == 3);
        AddChars(normalized, features, mask, 3);
        AddChars(normalized, features, mask, 4);
        features.SortMergeAndNormalize();
    }

    private static void AddWords(string text, FeatureBuffer features, uint mask, bool trigrams)
    {
        var previous = Mix(WordSalt ^ 0x5BD1E995u);   // the sentence-start word
        var beforePrevious = previous;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int start = i, length;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                    i++;
                length = i - start;
            }
            else if (c == '?')
            {
                i++;
                length = 1;
            }
            else
            {
                i++;
                continue;
            }

            var word = Mix(Hash(text.AsSpan(start, length), WordSalt));
            features.Add((int)(word & mask));
            features.Add((int)(Mix(previous * 31 + word + BigramSalt) & mask));
            if (trigrams) features.Add((int)(Mix((beforePrevious * 31 + previous) * 31 + word + TrigramSalt) & mask));
            beforePrevious = previous;
            previous = word;
        }

        var end = Mix(WordSalt ^ 0x27D4EB2Fu);
        features.Add((int)(Mix(previous * 31 + end + BigramSalt) & mask));
        if (trigrams) features.Add((int)(Mix((beforePrevious * 31 + previous) * 31 + end + TrigramSalt) & mask));
    }

    private static void AddChars(string text, FeatureBuffer features, uint mask, int n)
    {
        // Hash the padded text's n-grams without building the padded string.
        var length = text.Length + 2;
        Span<char> gram = stackalloc char[n];
        for (var start = 0; start + n <= length; start++)
        {
            for (var k = 0; k < n; k++)
            {
                var p = start + k;
                gram[k] = p == 0 ? StartMarker : p == length - 1 ? EndMarker : text[p - 1];
            }

            features.Add((int)(Mix(Hash(gram, CharSalt + (uint)n)) & mask));
        }
    }

    private static uint Hash(ReadOnlySpan<char> chars, uint salt)
    {
        var hash = FnvOffset ^ salt;
        foreach (var c in chars)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }

        return hash;
    }

    private static uint Mix(uint h)
    {
        // murmur3's finalizer: spreads FNV's low bits before masking.
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
