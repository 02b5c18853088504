using System;

namespace FtpReplyAnalyzers.Vocabulary
{
    /// <summary>
    /// The last answers of <see cref="ProtocolVocabulary.Classify"/>, by name: the model reads the same few names (a
    /// local's, its type's, the member's, the namespace's) for every literal near them, and splitting a name into words
    /// was the largest cost of our own in a profile of the benchmark's corpus. A fixed table of slots, each holding one
    /// name and its signals; a slot is replaced whole, so threads that race on it see an old or a new entry, each right
    /// for its own name. Bounded: it keeps at most <see cref="Slots"/> names, whatever the compilation.
    /// </summary>
    internal static class NameSignalsMemo
    {
        private const int Slots = 4096;

        private static readonly Entry?[] Table = new Entry?[Slots];

        /// <summary>The signals of <paramref name="name"/>, from the table or from <paramref name="classify"/>.</summary>
        public static NameSignals Get(string name, Func<string, NameSignals> classify)
        {
            if (name.Length == 0)
            {
                return classify(name);
            }

            var slot = SlotOf(name);
            var entry = Table[slot];
            if (entry is not null && string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry.Signals;
            }

            var signals = classify(name);
            Table[slot] = new Entry(name, signals);
            return signals;
        }

        // A cheap hash of what tells names apart (length and three characters); a clash only costs a second classification.
        private static int SlotOf(string name)
        {
            var length = name.Length;
            var hash = (length * 31) ^ (name[0] * 131) ^ (name[length - 1] * 7919) ^ (name[length >> 1] * 65599);
            return hash & (Slots - 1);
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
