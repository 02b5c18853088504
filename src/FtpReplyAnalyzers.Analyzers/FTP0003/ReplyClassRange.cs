using System.Collections.Immutable;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// A range of reply codes that one helper of <c>FtpReplyCodes</c> tests, exactly: the helper returns true for every
    /// <see cref="int"/> from <see cref="Low"/> to <see cref="High"/> and for no other.
    /// </summary>
    internal sealed class ReplyClassRange
    {
        private ReplyClassRange(long low, long high, string helper, string description, string? fluentFtpMember, string? classMember = null)
        {
            ClassMember = classMember;
            Low = low;
            High = high;
            Helper = helper;
            Description = description;
            FluentFtpMember = fluentFtpMember;
            for (var digit = low / 100; digit <= high / 100; digit++)
            {
                Digits |= 1 << (int)digit;
            }
        }

        /// <summary>The eight helpers of <c>FtpReplyAnalyzers.FtpReplyCodes</c> and the ranges they test.</summary>
        public static ImmutableArray<ReplyClassRange> All { get; } = ImmutableArray.Create(
            OneClass(1, "IsPositivePreliminary", "PositivePreliminary"),
            OneClass(2, "IsPositiveCompletion", "PositiveCompletion"),
            OneClass(3, "IsPositiveIntermediate", "PositiveIntermediate"),
            OneClass(4, "IsTransientNegative", "TransientNegativeCompletion"),
            OneClass(5, "IsPermanentNegative", "PermanentNegativeCompletion"),
            OneClass(6, "IsProtected", null),
            new ReplyClassRange(100, 399, "IsPositive", "positive (1yz to 3yz)", null),
            new ReplyClassRange(400, 599, "IsNegative", "negative (4yz or 5yz)", null));

        /// <summary>The smallest code of the range.</summary>
        public long Low { get; }

        /// <summary>The largest code of the range.</summary>
        public long High { get; }

        /// <summary>The classes of the range, one bit per first digit: bit 4 for 4yz.</summary>
        public int Digits { get; }

        /// <summary>The name of the <c>FtpReplyCodes</c> method that tests the range.</summary>
        public string Helper { get; }

        /// <summary>The class in words, for the message: "transient negative (4yz)".</summary>
        public string Description { get; }

        /// <summary>
        /// The <c>FtpReplyClass</c> member of a one-digit class (<c>TransientNegative</c>), named from the code table's words
        /// for the class; null for the ranges of several classes.
        /// </summary>
        public string? ClassMember { get; }

        /// <summary>FluentFTP's <c>FtpResponseType</c> member of a one-digit class; null where FluentFTP has none.</summary>
        public string? FluentFtpMember { get; }

        /// <summary>The range of exactly <paramref name="low"/> to <paramref name="high"/>, or null when no helper tests it.</summary>
        public static ReplyClassRange? Find(long low, long high)
        {
            foreach (var range in All)
            {
                if (range.Low == low && range.High == high)
                {
                    return range;
                }
            }

            return null;
        }

        // A class of one digit, named as the code table names it (the FTP0001 message, the reference page and FtpReplyClass).
        private static ReplyClassRange OneClass(int digit, string helper, string? fluentFtpMember)
        {
            var name = ReplyCodeCatalog.ClassName(digit);
            return new ReplyClassRange(
                digit * 100,
                (digit * 100) + 99,
                helper,
                name + " (" + digit.ToString(System.Globalization.CultureInfo.InvariantCulture) + "yz)",
                fluentFtpMember,
                PascalCase(name));
        }

        // "transient negative" -> "TransientNegative".
        private static string PascalCase(string words)
        {
            var builder = new System.Text.StringBuilder(words.Length);
            foreach (var word in words.Split(' '))
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }

            return builder.ToString();
        }

        /// <summary>The one-digit class <paramref name="digit"/> (1 to 6), or null.</summary>
        public static ReplyClassRange? OfDigit(long digit) =>
            digit >= 1 && digit <= 6 ? All[(int)digit - 1] : null;
    }
}
