using System.Collections.Immutable;
using System.Linq;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// The reply classes a check tests: the range of one helper (4yz; 1yz to 3yz), or the union that a chain of checks of
    /// one value tests (<c>code / 100 == 4 || code / 100 == 5</c>: 4yz or 5yz; <c>'2' || '3'</c>: 2yz or 3yz). Each set
    /// knows the fewest helpers of <c>FtpReplyCodes</c> that together test exactly its codes. One instance per set,
    /// built once.
    /// </summary>
    internal sealed class ReplyClassSet
    {
        // Bits 1 to 6, one per class digit; index 0 (no class) is never handed out.
        private static readonly ReplyClassSet[] ByDigits = Enumerable.Range(0, 1 << 7).Select(digits => new ReplyClassSet(digits)).ToArray();

        private readonly string[] descriptions;

        private ReplyClassSet(int digits)
        {
            Digits = digits;
            Helpers = Cover(digits);
            ClassMembers = Enumerable.Range(1, 6)
                .Where(digit => (digits & (1 << digit)) != 0)
                .Select(digit => ReplyClassRange.OfDigit(digit)!.ClassMember!)
                .ToImmutableArray();
            var parts = Helpers.Select(range => range.Description).ToArray();
            descriptions = new[] { "is " + Join(parts, ", ", " or "), Negated(parts) };
        }

        /// <summary>Every set of one or more classes: the sets a diagnostic can name.</summary>
        public static ImmutableArray<ReplyClassSet> All { get; } = ByDigits.Where(set => set.Digits != 0 && (set.Digits & 1) == 0).ToImmutableArray();

        /// <summary>The classes, one bit per first digit: bit 4 for 4yz.</summary>
        public int Digits { get; }

        /// <summary>The fewest helpers that together test exactly these classes, lowest codes first; one for a helper's range.</summary>
        public ImmutableArray<ReplyClassRange> Helpers { get; }

        /// <summary>The <c>FtpReplyClass</c> members of the classes, lowest first: what the inline fix compares the hundreds with.</summary>
        public ImmutableArray<string> ClassMembers { get; }

        /// <summary>The classes <paramref name="range"/>'s helper tests.</summary>
        public static ReplyClassSet Of(ReplyClassRange range) => ByDigits[range.Digits];

        /// <summary>The classes of this set and of <paramref name="other"/>.</summary>
        public ReplyClassSet Union(ReplyClassSet other) => ByDigits[Digits | other.Digits];

        /// <summary>
        /// What a check of the set says of the reply, for the message: "is transient negative (4yz)", "is not negative (4yz
        /// or 5yz)", "is positive completion (2yz) or positive intermediate (3yz)", "is neither ... nor ...".
        /// </summary>
        public string Describe(bool negated) => descriptions[negated ? 1 : 0];

        // The widest helpers first (IsPositive, IsNegative), then the one-class ones for what is left.
        private static ImmutableArray<ReplyClassRange> Cover(int digits)
        {
            var left = digits;
            var chosen = ImmutableArray.CreateBuilder<ReplyClassRange>();
            foreach (var range in ReplyClassRange.All.OrderByDescending(r => r.High - r.Low))
            {
                if (left != 0 && (range.Digits & ~left) == 0)
                {
                    chosen.Add(range);
                    left &= ~range.Digits;
                }
            }

            return chosen.OrderBy(range => range.Low).ToImmutableArray();
        }

        private static string Negated(string[] parts) =>
            parts.Length switch
            {
                0 => "is no reply class",
                1 => "is not " + parts[0],
                2 => "is neither " + parts[0] + " nor " + parts[1],
                _ => "is none of " + Join(parts, ", ", " or "),
            };

        // "a", "a or b", "a, b or c".
        private static string Join(string[] parts, string separator, string last) =>
            parts.Length <= 1
                ? string.Concat(parts)
                : string.Join(separator, parts, 0, parts.Length - 1) + last + parts[parts.Length - 1];
    }
}
