namespace FtpReplyAnalyzers.Context
{
    /// <summary>The catalog indexed by code, and the cheap first filter every literal goes through.</summary>
    internal static class ReplyCodeIndex
    {
        private const int Size = 1000;
        private static readonly ReplyCodeDefinition?[] ByCode = Build();

        /// <summary>The definition of <paramref name="code"/>, or null when the catalog has none.</summary>
        public static ReplyCodeDefinition? Find(int code) => code >= 0 && code < Size ? ByCode[code] : null;

        /// <summary>
        /// The definition of a literal's constant value: an integer, or a string of exactly three digits
        /// (FluentFTP keeps codes as strings). Null for everything else, with no allocation.
        /// </summary>
        public static ReplyCodeDefinition? FindConstant(object? constant)
        {
            switch (constant)
            {
                case int value:
                    return Find(value);
                case long value:
                    return value >= 0 && value < Size ? ByCode[value] : null;
                case uint value:
                    return value < Size ? ByCode[value] : null;
                case ulong value:
                    return value < Size ? ByCode[value] : null;
                case string text when text.Length == 3 && IsDigit(text[0]) && IsDigit(text[1]) && IsDigit(text[2]):
                    return ByCode[((text[0] - '0') * 100) + ((text[1] - '0') * 10) + (text[2] - '0')];
                default:
                    return null;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static ReplyCodeDefinition?[] Build()
        {
            var byCode = new ReplyCodeDefinition?[Size];
            foreach (var definition in ReplyCodeCatalog.All)
            {
                byCode[definition.Code] = definition;
            }

            return byCode;
        }
    }
}
