using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>Reply text that starts with a code, and where it goes: a write to a connection, or a handler's return.</summary>
    /// <param name="Text">The text: a string literal, an interpolated string (whose first text starts with the code), a u8 literal.</param>
    /// <param name="Sink">Where the reply goes: an <see cref="IArgumentOperation"/> or an <see cref="IReturnOperation"/>.</param>
    /// <param name="Code">The code the text starts with.</param>
    internal readonly record struct ReplyTextSite(IOperation Text, IOperation Sink, int Code);

    /// <summary>
    /// Finds server-side reply text: <c>"550 File not found"</c>, <c>$"226 Transfer complete, {n} bytes"</c>,
    /// <c>"221 Goodbye\r\n"u8</c>, written to a connection (<c>writer.WriteLine("421 Too many users")</c>, through
    /// <c>+</c>, <c>string.Format</c>, <c>Encoding.GetBytes</c>) or returned from a command handler. This class reads the
    /// text; where it goes is <see cref="ReplyTextFlow"/>'s.
    /// </summary>
    internal static class ReplyTextLocator
    {
        // "550 " or "211-": what TryReadReplyLineStart reads.
        private const int ReplyLineStartLength = 4;

        /// <summary>
        /// False for a literal that can be no reply text, on its token alone: a number, a character, <c>true</c>,
        /// <c>false</c>, <c>null</c>, <c>default</c>. Most literals of a compilation are such; neither
        /// <see cref="TryLocate"/> nor <see cref="TryLocateLaterLines"/> finds anything in them.
        /// </summary>
        public static bool MayBeReplyText(IOperation literal)
        {
            if (literal.Syntax is not LiteralExpressionSyntax { Token: var token })
            {
                return true;
            }

            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.NumericLiteralToken:
                case SyntaxKind.CharacterLiteralToken:
                case SyntaxKind.TrueKeyword:
                case SyntaxKind.FalseKeyword:
                case SyntaxKind.NullKeyword:
                case SyntaxKind.DefaultKeyword:
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>
        /// From a string literal (a plain one, or the first text of an interpolated string) or a u8 literal: the reply
        /// text site, when the text starts with a code and goes to a write or a return.
        /// </summary>
        public static bool TryLocate(IOperation operation, out ReplyTextSite site)
        {
            site = default;
            IOperation text;
            string? value;
            var offset = 0;
            switch (operation)
            {
                case IUtf8StringOperation utf8:
                    text = utf8;
                    value = utf8.Value;
                    break;
                case ILiteralOperation { Parent: IInterpolatedStringTextOperation part } literal:
                    if (part.Parent is not IInterpolatedStringOperation interpolated || interpolated.Parts.Length == 0 || interpolated.Parts[0] != part)
                    {
                        return false;
                    }

                    text = interpolated;
                    value = literal.ConstantValue.HasValue ? literal.ConstantValue.Value as string : null;
                    break;
                case ILiteralOperation literal when literal.Type?.SpecialType == SpecialType.System_String:
                    if (!ReplyCodeIndex.MayStartWithDigits(literal, exactlyThree: false))
                    {
                        return false;
                    }

                    text = literal;

                    // The first line's start of a plain literal is in its token's text, after the quote: the constant (a
                    // string made on first read) is read only where an escape could hide it.
                    if (ReplyCodeIndex.PlainStringStart(literal, ReplyLineStartLength) is { } source)
                    {
                        value = source;
                        offset = 1;
                    }
                    else
                    {
                        value = literal.ConstantValue.HasValue ? literal.ConstantValue.Value as string : null;
                    }

                    break;
                default:
                    return false;
            }

            if (!ReplyDigits.TryReadReplyLineStart(value, offset, out var code))
            {
                return false;
            }

            var sink = ReplyTextFlow.FindSink(text);
            if (sink is null)
            {
                return false;
            }

            site = new ReplyTextSite(text, sink, code);
            return true;
        }

        /// <summary>
        /// From a string literal that continues a concatenation and has later reply lines
        /// (<c>FtpReplyCodeStrings.SystemStatus + "-Features:\r\n211 End"</c>): the site of the whole text, with the
        /// first later line's code.
        /// </summary>
        public static bool TryLocateLaterLines(IOperation operation, out ReplyTextSite site)
        {
            site = default;

            // Every literal that is no reply text comes here. A literal that starts a text and has later reply lines was
            // handled as reply text; here only one that continues a concatenation (the rest of a text whose first line
            // was built from the enum) can have them: its parent first, which costs nothing, then its token, then its type.
            if (operation.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } continued
                || continued.RightOperand != operation
                || operation.Syntax is not LiteralExpressionSyntax { Token: var token }
                || !token.IsKind(SyntaxKind.StringLiteralToken)
                || !ReplyTextLines.MayHaveLaterLines(token)
                || operation is not ILiteralOperation literal
                || literal.Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            var code = 0;
            foreach (var (_, lineCode) in ReplyTextLines.InnerLineCodes(token))
            {
                code = lineCode;
                break;
            }

            if (code == 0)
            {
                return false;
            }

            IOperation whole = literal;
            while (whole.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation
                && concatenation.Type?.SpecialType == SpecialType.System_String)
            {
                whole = concatenation;
            }

            var sink = ReplyTextFlow.FindSink(whole);
            if (sink is null)
            {
                return false;
            }

            site = new ReplyTextSite(whole, sink, code);
            return true;
        }
    }
}
