using System;

namespace FtpReplyAnalyzers.Vocabulary
{
    /// <summary>
    /// The last answers of <see cref="ProtocolVocabulary.Classify"/>, by name: the model reads the same few names (a
    /// local's, its type's, the member's, the namespace's) for every literal near them, and splitting a name into words
    /// was the largest cost of our own in a profile of the benchmark's corpus. A fixed table of slots, each holding one
    /// name and its signals, found from the name's whole hash in a set of four (a single slot from a few of the name's
    /// characters sent the corpus's 979 names to so few slots that 735 were classified again in every pass); a slot is
    /// replaced whole, so threads that race on it see an old or a new entry, each right for its own name. Bounded: it
    /// keeps at most 8,192 names, whatever the compilation.
    /// </summary>
    internal static class NameSignalsMemo
    {
        // 2,048 sets of four slots: a name competes only with the names of its set, and a set holds its four latest.
        private const int Sets = 2048;
        private const int Ways = 4;

        private static readonly Entry?[] Table = new Entry?[Sets * Ways];

        /// <summary>The signals of <paramref name="name"/>, from the table or from <paramref name="classify"/>.</summary>
        public static NameSignals Get(string name, Func<string, NameSignals> classify)
        {
            if (name.Length == 0)
            {
                // Nothing to split, and an answer no other name can take (a test's fake classifier relies on it).
                return classify(name);
            }

            var set = (StringComparer.Ordinal.GetHashCode(name) & (Sets - 1)) * Ways;
            for (var way = 0; way < Ways; way++)
            {
                var entry = Table[set + way];
                if (entry is not null && string.Equals(entry.Name, name, StringComparison.Ordinal))
                {
                    return entry.Signals;
                }
            }

            // The oldest of the set goes: each moves one slot down, the new name takes the first.
            var signals = classify(name);
            for (var way = Ways - 1; way > 0; way--)
            {
                Table[set + way] = Table[set + way - 1];
            }

            Table[set] = new Entry(name, signals);
            return signals;
        }

        private sealed class Entry
        {
            public Entry(string name, NameSignals signals)
            {
                Name = name;
                Signals = signals;
            }

            public string Name { get; }

            public NameSignals Signals { get; }
        }
    }
}
