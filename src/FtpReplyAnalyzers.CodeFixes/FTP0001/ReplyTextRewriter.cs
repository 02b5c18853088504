using System.Collections.Generic;
using System.Linq;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// The FTP0001 rewrite of reply text (<see cref="MagicReplyCodeContract.ReplyText"/>), whose diagnostic marks a
    /// code's three digits inside a string: <c>"550 File not found"</c> becomes
    /// <c>FtpReplyCodeStrings.FileUnavailable + " File not found"</c> (parenthesised where the context needs it;
    /// the clean-up removes parentheses that are not needed), <c>"211-Features:\r\n UTF8\r\n211 End"</c> becomes
    /// <c>FtpReplyCodeStrings.SystemStatus + "-Features:\r\n UTF8\r\n" + FtpReplyCodeStrings.SystemStatus + " End"</c>
    /// (every code of one literal in one rewrite), <c>$"226 Done, {n} bytes"</c> becomes
    /// <c>$"{FtpReplyCodeStrings.ClosingDataConnection} Done, {n} bytes"</c>. Each is the same string, and a literal
    /// stays a constant.
    /// </summary>
    internal static class ReplyTextRewriter
    {
        /// <summary>
        /// The literal whose digits the diagnostic marks (at the start of its text, or at the start of a later line), or
        /// the first text of an interpolated string whose first three characters it marks.
        /// </summary>
        public static SyntaxNode? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.Length != 3)
            {
                return null;
            }

            switch (root.FindNode(span, getInnermostNodeForTie: true))
            {
                case LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken) && MarksDigits(literal.Token, span):
                    return literal;
                case InterpolatedStringTextSyntax text when text.Parent is InterpolatedStringExpressionSyntax interpolated
                    && interpolated.Contents.Count > 0
                    && interpolated.Contents[0] == text
                    && span.Start == text.SpanStart:
                    return text;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Replaces the marked digits with <paramref name="codeString"/> (the code's constant in <c>FtpReplyCodeStrings</c>).
        /// The codes of one literal are gathered in <paramref name="splits"/> and written in one rewrite of it.
        /// </summary>
        public static void Collect(DocumentEdit edit, Splits splits, Diagnostic diagnostic, ExpressionSyntax codeString)
        {
            switch (Find(edit.Root, diagnostic))
            {
                case LiteralExpressionSyntax literal:
                    if (!splits.TryGetValue(literal, out var codes))
                    {
                        codes = new List<(int Offset, ExpressionSyntax Code)>();
                        splits.Add(literal, codes);
                        // The right operand of a +, `FtpReplyCodeStrings.SystemStatus + "-Features:\r\n211 End"` after the
                        // first line's fix, keeps its parentheses (FixSafety.Parenthesised).
                        edit.Replace(literal, rewritten => ReplyCodeSyntax.KeptApart(FixSafety.Parenthesised(Split((LiteralExpressionSyntax)rewritten, codes), literal), literal));
                    }

                    codes.Add((diagnostic.Location.SourceSpan.Start - literal.Token.SpanStart, codeString));
                    break;

                case InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }:
                    edit.Replace(interpolated, rewritten => StartWithHole((InterpolatedStringExpressionSyntax)rewritten, codeString));
                    break;
            }
        }

        /// <summary>The codes found in each literal so far, by their offset in the literal's token text.</summary>
        internal sealed class Splits : Dictionary<LiteralExpressionSyntax, List<(int Offset, ExpressionSyntax Code)>>
        {
        }

        // Three digits where the literal's content starts, or where a later line starts (as the analyzer finds those lines):
        // where the analyzer reports a reply line's code.
        private static bool MarksDigits(SyntaxToken token, TextSpan span)
        {
            var contentStart = ReplyCodeFixPlanner.ContentOffset(token);
            var offset = span.Start - token.SpanStart;
            return contentStart > 0
                && ReplyDigits.HasThreeDigitsAt(token.Text, offset)
                && (offset == contentStart || ReplyTextLines.InnerLineCodes(token).Any(line => line.Offset == offset));
        }

        // The literal cut at each code: the text between codes stays literal text (its escapes intact: a cut falls at the
        // start of a line), each code becomes its constant, joined with + from left to right.
        private static ExpressionSyntax Split(LiteralExpressionSyntax literal, List<(int Offset, ExpressionSyntax Code)> codes)
        {
            var text = literal.Token.Text;
            var contentStart = ReplyCodeFixPlanner.ContentOffset(literal.Token);
            var opening = text.Substring(0, contentStart);
            ExpressionSyntax? joined = null;
            var cursor = contentStart;
            foreach (var (offset, code) in codes.OrderBy(c => c.Offset))
            {
                if (offset < cursor)
                {
                    continue;
                }

                joined = Join(joined, Piece(opening, text.Substring(cursor, offset - cursor)));
                joined = Join(joined, code);
                cursor = offset + 3;
            }

            return Join(joined, Piece(opening, text.Substring(cursor, text.Length - 1 - cursor)))!;
        }

        private static ExpressionSyntax? Join(ExpressionSyntax? left, ExpressionSyntax? right) =>
            left is null ? right : right is null ? left : SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, left, right);

        // A literal of the same kind (`"..."` or `@"..."`) holding source text cut from the original; null when empty.
        private static ExpressionSyntax? Piece(string opening, string content)
        {
            if (content.Length == 0)
            {
                return null;
            }

            var token = SyntaxFactory.ParseToken(opening + content + "\"");
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, token);
        }

        // Parenthesised for the clean-up to remove: a hole ends its expression at the first ':' outside parentheses, so a
        // name the simplifier cannot shorten (global::...) would become a format clause.
        private static InterpolatedStringExpressionSyntax StartWithHole(InterpolatedStringExpressionSyntax current, ExpressionSyntax codeString)
        {
            if (current.Contents.Count == 0 || current.Contents[0] is not InterpolatedStringTextSyntax first)
            {
                return current;
            }

            var hole = SyntaxFactory.Interpolation(FixSafety.ParenthesisedForCleanUp(codeString));
            var remaining = first.TextToken.Text.Substring(3);
            var contents = current.Contents.RemoveAt(0);
            if (remaining.Length > 0)
            {
                var token = SyntaxFactory.Token(
                    default,
                    SyntaxKind.InterpolatedStringTextToken,
                    remaining,
                    first.TextToken.ValueText.Substring(3),
                    default);
                contents = contents.Insert(0, SyntaxFactory.InterpolatedStringText(token));
            }

            return current.WithContents(contents.Insert(0, hole));
        }
    }
}
