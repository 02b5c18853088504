namespace FtpReplyAnalyzers.Primitives
{
    /// <summary>The one place that reads the three digits a reply code is written with.</summary>
    internal static class ReplyDigits
    {
        /// <summary>An ASCII digit, <c>0</c> to <c>9</c> (not the other scripts' digits <c>char.IsDigit</c> accepts).</summary>
        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>True when <paramref name="text"/> has three ASCII digits at <paramref name="offset"/>.</summary>
        public static bool HasThreeDigitsAt(string text, int offset) =>
            offset >= 0
            && text.Length >= offset + 3
            && IsDigit(text[offset]) && IsDigit(text[offset + 1]) && IsDigit(text[offset + 2]);

        /// <summary>The number the three digits at <paramref name="offset"/> write; call after <see cref="HasThreeDigitsAt"/>.</summary>
        public static int ReadThreeDigitsAt(string text, int offset) =>
            ((text[offset] - '0') * 100) + ((text[offset + 1] - '0') * 10) + (text[offset + 2] - '0');

        /// <summary>
        /// The start of a reply line at <paramref name="offset"/>: three digits and a space, or three digits and a hyphen
        /// (the first line of a multi-line reply): <c>"550 "</c>, <c>"211-"</c>.
        /// </summary>
        public static bool TryReadReplyLineStart(string? text, int offset, out int code)
        {
            code = 0;
            if (text is null
                || text.Length < offset + 4
                || (text[offset + 3] != ' ' && text[offset + 3] != '-')
                || !HasThreeDigitsAt(text, offset))
            {
                return false;
            }

            code = ReadThreeDigitsAt(text, offset);
            return true;
        }
    }
}
