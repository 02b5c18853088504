using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// The FTP0001 rewrite of reply text (<see cref="MagicReplyCodeContract.ReplyText"/>), whose diagnostic marks the
    /// code's three digits inside a string: <c>"550 File not found"</c> becomes
    /// <c>FtpReplyCodeStrings.FileUnavailable + " File not found"</c> (parenthesised where the context needs it;
    /// the clean-up removes parentheses that are not needed), <c>$"226 Done, {n} bytes"</c> becomes
    /// <c>$"{FtpReplyCodeStrings.ClosingDataConnection} Done, {n} bytes"</c>.
    /// </summary>
    internal static class ReplyTextRewriter
    {
        /// <summary>The literal, or the first text of an interpolated string, whose first three characters the diagnostic marks.</summary>
        public static SyntaxNode? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.Length != 3)
            {
                return null;
            }

            switch (root.FindNode(span, getInnermostNodeForTie: true))
            {
                case LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken)
                    && (span.Start == literal.Token.SpanStart + 1 || span.Start == literal.Token.SpanStart + 2)
                    && literal.Token.ValueText.Length >= 3:
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

        /// <summary>Replaces the marked digits with <paramref name="codeString"/> (the code's constant in <c>FtpReplyCodeStrings</c>).</summary>
        public static void Collect(DocumentEdit edit, Diagnostic diagnostic, ExpressionSyntax codeString)
        {
            switch (Find(edit.Root, diagnostic))
            {
                case LiteralExpressionSyntax literal:
                    var offset = diagnostic.Location.SourceSpan.Start - literal.Token.SpanStart;
                    var tokenText = literal.Token.Text;
                    var restText = tokenText.Substring(0, offset) + tokenText.Substring(offset + 3);
                    var rest = SyntaxFactory.LiteralExpression(
                        SyntaxKind.StringLiteralExpression,
                        SyntaxFactory.Literal(restText, literal.Token.ValueText.Substring(3)));
                    edit.Replace(literal, ReplyCodeSyntax.KeptApart(
                        FixSafety.ParenthesisedForCleanUp(SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, codeString, rest)),
                        literal));
                    break;

                case InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }:
                    edit.Replace(interpolated, rewritten => StartWithHole((InterpolatedStringExpressionSyntax)rewritten, codeString));
                    break;
            }
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
