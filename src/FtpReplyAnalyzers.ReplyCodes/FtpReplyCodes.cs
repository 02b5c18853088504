using System.Collections.Generic;
using System.Globalization;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// Helpers for FTP reply codes held as <see cref="int"/> or <see cref="string"/>, as protocol code usually
    /// holds them: reply class tests, meanings and parsing.
    /// </summary>
    public static class FtpReplyCodes
    {
        private static readonly Dictionary<int, ReplyCodeDefinition> ByCode = IndexCatalog();

        /// <summary>The reply class of <paramref name="code"/>: its first digit for 100 to 699, otherwise <see cref="FtpReplyClass.Unknown"/>.</summary>
        public static FtpReplyClass GetReplyClass(int code) =>
            code >= 100 && code <= 699 ? (FtpReplyClass)(code / 100) : FtpReplyClass.Unknown;

        /// <summary>True when <paramref name="code"/> is a reply code that <see cref="FtpReplyCode"/> declares.</summary>
        public static bool IsDefined(int code) => ByCode.ContainsKey(code);

        /// <summary>A short description of <paramref name="code"/>, or null when the code is not defined.</summary>
        public static string? GetMeaning(int code) => ByCode.TryGetValue(code, out var definition) ? definition.Meaning : null;

        /// <summary>True for 100 to 199: the action started, another reply follows.</summary>
        public static bool IsPositivePreliminary(int code) => code >= 100 && code <= 199;

        /// <summary>True for 200 to 299: the action completed.</summary>
        public static bool IsPositiveCompletion(int code) => code >= 200 && code <= 299;

        /// <summary>True for 300 to 399: the server waits for the next command of a sequence.</summary>
        public static bool IsPositiveIntermediate(int code) => code >= 300 && code <= 399;

        /// <summary>True for 400 to 499: the action failed for now and may succeed later.</summary>
        public static bool IsTransientNegative(int code) => code >= 400 && code <= 499;

        /// <summary>True for 500 to 599: the action failed and will fail again if repeated unchanged.</summary>
        public static bool IsPermanentNegative(int code) => code >= 500 && code <= 599;

        /// <summary>True for 600 to 699: a protected reply (RFC 2228).</summary>
        public static bool IsProtected(int code) => code >= 600 && code <= 699;

        /// <summary>True for 100 to 399: preliminary, completion or intermediate.</summary>
        public static bool IsPositive(int code) => code >= 100 && code <= 399;

        /// <summary>True for 400 to 599: transient or permanent negative.</summary>
        public static bool IsNegative(int code) => code >= 400 && code <= 599;

        /// <summary>
        /// Reads the reply code at the start of <paramref name="text"/>: <c>"550"</c>, <c>"550 No such file"</c> or
        /// the first line of a multi-line reply (<c>"211-Features:"</c>). True only when the three digits are a
        /// code that <see cref="FtpReplyCode"/> declares.
        /// </summary>
        public static bool TryParse(string? text, out FtpReplyCode code)
        {
            code = default;
            if (text is null || text.Length < 3 || !IsDigit(text[0]) || !IsDigit(text[1]) || !IsDigit(text[2]))
            {
                return false;
            }

            if (text.Length > 3 && IsDigit(text[3]))
            {
                return false;
            }

            var value = ((text[0] - '0') * 100) + ((text[1] - '0') * 10) + (text[2] - '0');
            if (!IsDefined(value))
            {
                return false;
            }

            code = (FtpReplyCode)value;
            return true;
        }

        /// <summary>The three-digit text of <paramref name="code"/>, e.g. <c>"550"</c>.</summary>
        public static string ToCodeString(this FtpReplyCode code) =>
            ByCode.TryGetValue((int)code, out var definition)
                ? definition.CodeText
                : ((int)code).ToString(CultureInfo.InvariantCulture);

        /// <summary>The reply class of <paramref name="code"/>.</summary>
        public static FtpReplyClass GetReplyClass(this FtpReplyCode code) => GetReplyClass((int)code);

        /// <summary>A short description of <paramref name="code"/>, or null for a value the enum does not declare.</summary>
        public static string? GetMeaning(this FtpReplyCode code) => GetMeaning((int)code);

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static Dictionary<int, ReplyCodeDefinition> IndexCatalog()
        {
            var index = new Dictionary<int, ReplyCodeDefinition>(ReplyCodeCatalog.All.Length);
            foreach (var definition in ReplyCodeCatalog.All)
            {
                index.Add(definition.Code, definition);
            }

            return index;
        }
    }
}
