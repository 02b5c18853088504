using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0004
{
    /// <summary>
    /// Whether the code a fix would write is already one of the labels beside the written one: <c>case 250: ... case 257:</c>,
    /// a switch expression's arms, <c>is 250 or 257</c>. Writing it again would not compile (a duplicate case, CS0152) or
    /// would leave an arm that can never match (CS8510), so no fix is offered there.
    /// </summary>
    internal static class SiblingLabels
    {
        /// <summary>True when a label or pattern beside the literal at <paramref name="digits"/> already tests <paramref name="code"/>.</summary>
        public static bool Hold(SyntaxNode root, TextSpan digits, string code)
        {
            var literal = root.FindToken(digits.Start).Parent;
            SyntaxNode? scope = null;
            for (var node = literal; node is not null; node = node.Parent)
            {
                if (node is SwitchStatementSyntax || node is SwitchExpressionSyntax || node is IsPatternExpressionSyntax)
                {
                    scope = node;
                    break;
                }

                if (node is StatementSyntax || node is MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            if (scope is null)
            {
                return false;
            }

            foreach (var token in scope.DescendantTokens())
            {
                if ((token.IsKind(SyntaxKind.NumericLiteralToken) || token.IsKind(SyntaxKind.StringLiteralToken))
                    && token.ValueText == code
                    && IsLabel(token.Parent))
                {
                    return true;
                }
            }

            return false;
        }

        // A case label, a constant pattern, an arm's pattern: not a value used inside a section or an arm's result.
        private static bool IsLabel(SyntaxNode? literal)
        {
            for (var node = literal?.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case CaseSwitchLabelSyntax:
                    case CasePatternSwitchLabelSyntax:
                    case ConstantPatternSyntax:
                        return true;
                    case StatementSyntax:
                    case SwitchExpressionArmSyntax:
                        return false;
                }
            }

            return false;
        }
    }
}
