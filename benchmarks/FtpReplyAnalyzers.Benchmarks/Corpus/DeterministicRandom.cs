namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence depends on the seed alone, never on the runtime version (unlike
/// <see cref="Random"/>, whose algorithm is an implementation detail), so a corpus is the same on every machine.
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one file: the file's content does not depend on how many files come before it.</summary>
    public static DeterministicRandom ForFile(ulong corpusSeed, int fileIndex) =>
        new(corpusSeed ^ (0x9E3779B97F4A7C15UL * (ulong)(fileIndex + 1)));

    /// <summary>A value in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A value in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items, in a random order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = new List<T>(items);
        var picked = new List<T>(count);
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var at = Next(pool.Count);
            picked.Add(pool[at]);
            pool.RemoveAt(at);
        }

        return picked;
    }

    private ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
