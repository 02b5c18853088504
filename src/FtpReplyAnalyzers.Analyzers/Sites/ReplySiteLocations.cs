using FtpReplyAnalyzers.FTP0001;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>Where a diagnostic about a site points: the literal, or the three digits of reply text and of a prefix.</summary>
    internal static class ReplySiteLocations
    {
        /// <summary>The literal of a code site; for <c>StartsWith("220")</c>, its digits.</summary>
        public static Location Of(in ReplySite site) =>
            site.Kind == ReplySiteKind.Prefix ? Prefix(site.Literal) : site.Literal.Syntax.GetLocation();

        /// <summary>The three digits inside reply text, so the squiggle and the fix point at the code, not at the whole reply.</summary>
        public static Location Digits(IOperation literal)
        {
            var syntax = literal.Syntax;
            if (syntax is LiteralExpressionSyntax { Token: var token })
            {
                var offset = ReplyCodeFixPlanner.DigitsOffset(token);
                if (offset > 0)
                {
                    return Location.Create(syntax.SyntaxTree, new TextSpan(token.SpanStart + offset, 3));
                }
            }
            else if (syntax is InterpolatedStringTextSyntax text && text.Span.Length >= 3)
            {
                return Location.Create(syntax.SyntaxTree, new TextSpan(text.SpanStart, 3));
            }

            return syntax.GetLocation();
        }

        // response.StartsWith("220"): the three digits, as in reply text ("211-"), not the quotes around them.
        private static Location Prefix(IOperation literal)
        {
            if (literal.Syntax is LiteralExpressionSyntax { Token: var token })
            {
                var offset = ReplyCodeFixPlanner.ContentOffset(token);
                if (offset > 0 && ReplyDigits.HasThreeDigitsAt(token.Text, offset))
                {
                    return Location.Create(literal.Syntax.SyntaxTree, new TextSpan(token.SpanStart + offset, 3));
                }
            }

            return literal.Syntax.GetLocation();
        }
    }
}
