using System.Collections.Generic;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>The lines after the first of reply text written in one literal: <c>"211-Features:\r\n UTF8\r\n211 End\r\n"</c>.</summary>
    internal static class ReplyTextLines
    {
        /// <summary>
        /// A cheap look at the token's source text: false when no line break (a <c>\n</c> escape, or a real one in a
        /// verbatim literal) is followed by a digit, so no later line can start with a code.
        /// </summary>
        public static bool MayHaveLaterLines(SyntaxToken token)
        {
            // The shortest: a quote, a line break, three digits, a separator.
            var source = token.Text;
            if (source.Length < 6)
            {
                return false;
            }

            for (var i = source.IndexOf('\n'); i >= 0; i = source.IndexOf('\n', i + 1))
            {
                if (i + 1 < source.Length && ReplyDigits.IsDigit(source[i + 1]))
                {
                    return true;
                }
            }

            for (var i = source.IndexOf("\\n", System.StringComparison.Ordinal); i >= 0; i = source.IndexOf("\\n", i + 2, System.StringComparison.Ordinal))
            {
                if (i + 2 < source.Length && ReplyDigits.IsDigit(source[i + 2]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where, in the token's source text, a line after the first starts with a code and a separator, with the code:
        /// after a <c>\n</c> escape in a regular literal, or after a line break in a verbatim one. The value must say the
        /// same (each line found in the source is found in the value), so an escape written otherwise is left alone.
        /// </summary>
        public static IEnumerable<(int Offset, int Code)> InnerLineCodes(SyntaxToken token)
        {
            var source = token.Text;
            var value = token.ValueText;
            bool verbatim;
            if (token.IsKind(SyntaxKind.StringLiteralToken) && source.StartsWith("\"", System.StringComparison.Ordinal))
            {
                verbatim = false;
            }
            else if (token.IsKind(SyntaxKind.StringLiteralToken) && source.StartsWith("@\"", System.StringComparison.Ordinal))
            {
                verbatim = true;
            }
            else
            {
                yield break;
            }

            var found = new List<(int Offset, int Code)>();
            for (var i = 0; i < source.Length; i++)
            {
                int digits;
                if (!verbatim && source[i] == '\\' && i + 1 < source.Length && source[i + 1] == 'n' && !IsEscaped(source, i))
                {
                    digits = i + 2;
                }
                else if (verbatim && source[i] == '\n')
                {
                    digits = i + 1;
                }
                else
                {
                    continue;
                }

                if (ReplyDigits.TryReadReplyLineStart(source, digits, out var code))
                {
                    found.Add((digits, code));
                }
            }

            // The value must hold as many such lines as the source shows.
            var inValue = 0;
            for (var i = value.IndexOf('\n'); i >= 0; i = value.IndexOf('\n', i + 1))
            {
                if (ReplyDigits.TryReadReplyLineStart(value, i + 1, out _))
                {
                    inValue++;
                }
            }

            if (inValue != found.Count)
            {
                yield break;
            }

            foreach (var line in found)
            {
                yield return line;
            }
        }

        // "\\n" is a backslash and an n, not a line break: count the backslashes before this one.
        private static bool IsEscaped(string source, int backslash)
        {
            var count = 0;
            for (var i = backslash - 1; i >= 0 && source[i] == '\\'; i--)
            {
                count++;
            }

            return count % 2 == 1;
        }
    }
}
