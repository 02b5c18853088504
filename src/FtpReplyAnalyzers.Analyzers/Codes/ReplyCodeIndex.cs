using System;
using System.Collections.Generic;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Codes
{
    /// <summary>The catalog indexed by code, and the cheap first filter every literal goes through.</summary>
    internal static class ReplyCodeIndex
    {
        // What a literal's token tells of its value (ReadToken).
        private enum TokenReading
        {
            // The token shows that the value is no code: 0, 1024, "text", true, 'c'.
            NoCode,

            // The token shows the code: three plain decimal digits, as a number or as the whole of a plain string.
            Code,

            // Only the constant can tell: 0x226, 550L, 5_50, an escape, a verbatim or raw string.
            ReadConstant,
        }

        private const int Size = 1000;
        private static readonly ReplyCodeDefinition?[] ByCode = Build();

        /// <summary>The definition of <paramref name="code"/>, or null when the catalog has none.</summary>
        public static ReplyCodeDefinition? Find(int code) => code >= 0 && code < Size ? ByCode[code] : null;

        /// <summary>
        /// The definition of a literal's constant value: an integer, or a string of exactly three digits
        /// (FluentFTP keeps codes as strings). Null for everything else, with no allocation.
        /// </summary>
        public static ReplyCodeDefinition? FindConstant(object? constant) =>
            TryReadCode(constant, out var code) ? ByCode[code] : null;

        /// <summary>
        /// Reads a literal's constant value as a number from 0 to 999: an integer, or a string of exactly three
        /// digits. False for everything else (other values, other types), with no allocation.
        /// </summary>
        public static bool TryReadCode(object? constant, out int code)
        {
            switch (constant)
            {
                case int value when value >= 0 && value < Size:
                    code = value;
                    return true;
                case long value when value >= 0 && value < Size:
                    code = (int)value;
                    return true;
                case uint value when value < Size:
                    code = (int)value;
                    return true;
                case ulong value when value < Size:
                    code = (int)value;
                    return true;
                case string text when text.Length == 3 && ReplyDigits.HasThreeDigitsAt(text, 0):
                    code = ReplyDigits.ReadThreeDigitsAt(text, 0);
                    return true;
                default:
                    code = 0;
                    return false;
            }
        }

        /// <summary>
        /// <see cref="TryReadCode"/> for a literal operation, as the compiler reads it (<c>0x1A5</c>, <c>4_21</c> and
        /// <c>226L</c> through the constant value). Every literal of a compilation comes here first. The text between an
        /// interpolated string's holes is never read: no rule looks for a reply code there. The literal's token is looked
        /// at first (<see cref="ReadToken"/>): most literals are turned away on it, a number or a string written as three
        /// plain digits is read from it, and only the rest has its constant read.
        /// </summary>
        public static bool TryReadLiteral(IOperation literal, out int code)
        {
            code = 0;
            if (literal.Parent is IInterpolatedStringTextOperation)
            {
                return false;
            }

            switch (ReadToken(literal, out code))
            {
                case TokenReading.NoCode:
                    return false;
                case TokenReading.Code:
                    return true;
                default:
                    var constant = literal.ConstantValue;
                    return TryReadCode(constant.HasValue ? constant.Value : null, out code);
            }
        }

        // What a literal's token says before its constant is read (reading it boxes a number, creates a string, and goes
        // through a few virtual calls even for null; the driver hands every literal of a compilation to FTP0001 and FTP0002
        // alike, and the benchmark's floors show what reading every constant costs). Where the token says the value, it is
        // the constant's: three plain decimal digits, as a number or as the whole of a string with no escape.
        private static TokenReading ReadToken(IOperation literal, out int code)
        {
            code = 0;
            if (literal.Syntax is not LiteralExpressionSyntax { Token: var token })
            {
                // A literal the compiler made (an optional parameter's default value, at the call): the constant decides.
                return TokenReading.ReadConstant;
            }

            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.NumericLiteralToken:
                    return ReadNumber(token.Text, out code);
                case SyntaxKind.StringLiteralToken:
                    return ReadString(token, out code);
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return TokenReading.ReadConstant;
                default:
                    // true, false, null, 'c', and UTF-8 strings (which hold bytes, and which the reply-text rule reads):
                    // none of them is a number or a string of three digits.
                    return TokenReading.NoCode;
            }
        }

        /// <summary>
        /// A look at a string literal's token before its constant is read: false when the text cannot start with three
        /// digits (or, with <paramref name="exactlyThree"/>, be exactly three), so the constant need not be read at all.
        /// The compiler creates a string constant (and a weak reference to it) on first read, and most string literals
        /// of a compilation are nothing like a reply code. The decision itself is always made on the constant value;
        /// for anything but a plain string literal this says true and leaves the constant to decide.
        /// </summary>
        public static bool MayStartWithDigits(IOperation literal, bool exactlyThree) =>
            literal.Syntax is not LiteralExpressionSyntax { Token: var token }
                || !token.IsKind(SyntaxKind.StringLiteralToken)
                || MayStartWithDigits(token, exactlyThree);

        private static bool MayStartWithDigits(SyntaxToken token, bool exactlyThree)
        {
            // A plain literal ("550 Not found") shows its first characters right after its quote in the token's source
            // text, which the compiler hands out as it is; the value text is converted from the value on every read (13
            // of the 109 samples of FTP0001's callback in a profile of the 4N corpus). Anything else (an escape among the
            // first three characters, a verbatim or unterminated literal) is read through its value text.
            var source = token.Text;
            if (IsPlainString(source))
            {
                var length = source.Length - 2;
                for (var i = 1; i <= 3 && i <= length; i++)
                {
                    if (source[i] == '\\')
                    {
                        return StartsWithDigits(token.ValueText, exactlyThree);
                    }

                    if (!ReplyDigits.IsDigit(source[i]))
                    {
                        return false;
                    }
                }

                return length >= 3 && (!exactlyThree || length == 3);
            }

            return StartsWithDigits(token.ValueText, exactlyThree);
        }

        // 0, 1, 30000 and 1024 say in their source text that they are no reply code (no caller wants a number below 100,
        // and every reply code has three digits), and 550 that it is 550. Only plain decimal digits are judged here:
        // anything else (0x226, 0b1000100110, 5_50, 550L, 550.0) is left to the constant. Leading zeros do not count: 0550
        // is 550 (C# has no octal literals), and an unsuffixed decimal number of three digits is an int.
        private static TokenReading ReadNumber(string source, out int code)
        {
            code = 0;
            var start = 0;
            while (start < source.Length - 1 && source[start] == '0')
            {
                start++;
            }

            for (var i = start; i < source.Length; i++)
            {
                if (!ReplyDigits.IsDigit(source[i]))
                {
                    return IsRealNumber(source) ? TokenReading.NoCode : TokenReading.ReadConstant;
                }
            }

            if (source.Length - start != 3)
            {
                return TokenReading.NoCode;
            }

            code = ReplyDigits.ReadThreeDigitsAt(source, start);
            return TokenReading.Code;
        }

        // "550" with no escape is the code 550 (its text between the quotes is its value); a string that cannot be exactly
        // three digits is no code; anything else (an escape among its first characters, a verbatim or unterminated
        // literal) is left to the constant.
        private static TokenReading ReadString(SyntaxToken token, out int code)
        {
            code = 0;
            var source = token.Text;
            if (IsPlainString(source) && source.Length == 5 && ReplyDigits.HasThreeDigitsAt(source, 1))
            {
                code = ReplyDigits.ReadThreeDigitsAt(source, 1);
                return TokenReading.Code;
            }

            return MayStartWithDigits(token, exactlyThree: true) ? TokenReading.ReadConstant : TokenReading.NoCode;
        }

        /// <summary>
        /// The source text of a plain string literal (a regular one, both quotes, no escape among its first
        /// <paramref name="length"/> characters), whose value's first characters are those after its opening quote (at
        /// offset 1); null for anything else, whose value only the constant tells.
        /// </summary>
        public static string? PlainStringStart(IOperation literal, int length)
        {
            if (literal.Syntax is not LiteralExpressionSyntax { Token: var token } || !token.IsKind(SyntaxKind.StringLiteralToken))
            {
                return null;
            }

            var source = token.Text;
            if (!IsPlainString(source))
            {
                return null;
            }

            for (var i = 1; i <= length && i < source.Length - 1; i++)
            {
                if (source[i] == '\\')
                {
                    return null;
                }
            }

            return source;
        }

        // 0.5, 1e3, 2f, 10m: a real literal (a point, an exponent or a real suffix, outside a hexadecimal number) is a
        // double, a float or a decimal, never one of the integers a code is read from.
        private static bool IsRealNumber(string source)
        {
            if (source.Length > 1 && source[0] == '0' && (source[1] == 'x' || source[1] == 'X'))
            {
                return false;
            }

            foreach (var c in source)
            {
                switch (c)
                {
                    case '.':
                    case 'e':
                    case 'E':
                    case 'f':
                    case 'F':
                    case 'd':
                    case 'D':
                    case 'm':
                    case 'M':
                        return true;
                }
            }

            return false;
        }

        // A regular string literal with both its quotes, not empty: its first characters are its value's, up to an escape.
        private static bool IsPlainString(string source) =>
            source.Length >= 2 && source[0] == '"' && source[1] != '"' && source[source.Length - 1] == '"';

        private static bool StartsWithDigits(string text, bool exactlyThree) =>
            (!exactlyThree || text.Length == 3) && ReplyDigits.HasThreeDigitsAt(text, 0);

        /// <summary>
        /// The defined codes nearest to <paramref name="code"/>, those of its own reply class first (a typo keeps the
        /// first digit more often than not), at most <paramref name="count"/>.
        /// </summary>
        public static ReplyCodeDefinition[] Nearest(int code, int count)
        {
            var ranked = new List<ReplyCodeDefinition>(ReplyCodeCatalog.All);
            ranked.Sort((a, b) =>
            {
                var byClass = (a.Code / 100 == code / 100 ? 0 : 1).CompareTo(b.Code / 100 == code / 100 ? 0 : 1);
                if (byClass != 0)
                {
                    return byClass;
                }

                var byDistance = Math.Abs(a.Code - code).CompareTo(Math.Abs(b.Code - code));
                return byDistance != 0 ? byDistance : a.Code.CompareTo(b.Code);
            });
            return ranked.GetRange(0, Math.Min(count, ranked.Count)).ToArray();
        }

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
