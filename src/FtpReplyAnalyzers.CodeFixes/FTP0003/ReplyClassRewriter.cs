using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// The FTP0003 rewrite: the check a diagnostic marks becomes the comparisons (or helper calls) its properties name (see
    /// <see cref="ReplyClassCheckContract"/>), on the operand its additional location marks. Writes nothing it cannot find.
    /// </summary>
    internal static class ReplyClassRewriter
    {
        /// <summary>
        /// The check the diagnostic marks and the operand its additional location marks, inside it; null while the code
        /// around them is being typed (a token the parser had to invent) or when either cannot be found. Where the
        /// diagnostic marks the links of a chain after another condition (<c>closed || a || b</c>, marked <c>a || b</c>),
        /// the check is the whole chain and <c>Kept</c> the operator whose right operand is the first link: its left
        /// operand stays.
        /// </summary>
        public static (ExpressionSyntax Check, ExpressionSyntax Operand, BinaryExpressionSyntax? Kept)? FindSite(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.AdditionalLocations.Count != 1
                || !diagnostic.Location.IsInSource
                || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax check
                || !(check is BinaryExpressionSyntax || check is IsPatternExpressionSyntax)
                || check.ContainsDiagnostics
                || FixSafety.BesideMissingToken(check))
            {
                return null;
            }

            var kept = check.Span == span ? null : KeptBefore(check, span);
            var operandSpan = diagnostic.AdditionalLocations[0].SourceSpan;
            if ((check.Span != span && kept is null)
                || !span.Contains(operandSpan)
                || check.FindNode(operandSpan, getInnermostNodeForTie: true) is not ExpressionSyntax operand
                || operand.Span != operandSpan)
            {
                return null;
            }

            return (check, operand, kept);
        }

        public static async Task<Document> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return document;
            }

            var edit = new DocumentEdit(document, root);
            foreach (var diagnostic in diagnostics)
            {
                if (!ReplyClassCheckContract.TryRead(diagnostic.Properties, out var request) || FindSite(root, diagnostic) is not { } site)
                {
                    continue;
                }

                // A check may sit inside another's operand (`Parse(code is >= 400 and < 500 ? a : b) / 100 == 4`): the outer
                // one is rewritten from its rewritten self, so its operand is found again by its path from the check.
                var (check, operand, kept) = site;
                var path = PathFrom(check, operand);
                var keptPath = kept is null ? null : PathFrom(check, kept);
                var addImport = edit.MayImport(request.Inline ? KnownTypes.ReplyClassMetadataName : KnownTypes.ReplyCodeHelpersMetadataName, semanticModel, cancellationToken);
                edit.Replace(check, rewritten => FixSafety.GuardedInHole(Replacement(rewritten, check, path, operand, keptPath, request, addImport), check));
            }

            return await edit.ApplyAsync(cancellationToken).ConfigureAwait(false);
        }

        // operand / 100 == (int)FtpReplyClass.X (!= when negated), or FtpReplyCodes.IsX(operand) (!FtpReplyCodes.IsX(operand)),
        // or several joined (with || or, negated, &&: the same operator the chain they replace had), with the check's
        // trivia; the operand as written (trivia inside it kept, around it dropped), taken from the rewritten check.
        private static ExpressionSyntax Replacement(SyntaxNode check, SyntaxNode originalCheck, int[] path, ExpressionSyntax originalOperand, int[]? keptPath, in ReplyClassRequest request, bool addImport)
        {
            var operand = (Follow(check, path) as ExpressionSyntax ?? originalOperand).WithoutTrivia();
            var join = request.Negated ? SyntaxKind.LogicalAndExpression : SyntaxKind.LogicalOrExpression;
            var kept = keptPath is null ? null : Follow(check, keptPath) as BinaryExpressionSyntax;
            if (keptPath is not null && (kept is null || !kept.IsKind(join)))
            {
                return (ExpressionSyntax)check;
            }

            // closed || a || b becomes closed || code / 100 == ... || code / 100 == ...: the condition before the links stays,
            // with the operator and the line break before them. Joined left to right, as the parser reads the text back.
            var replacement = kept?.Left;
            var joinToken = kept?.OperatorToken;
            var leading = kept?.Right.GetLeadingTrivia() ?? default;
            foreach (var term in request.Terms)
            {
                var call = (request.Inline ? Compare(term, operand, request.Negated, addImport) : Call(term, operand, request.Negated, addImport))
                    .WithLeadingTrivia(leading);
                replacement = replacement is null
                    ? call
                    : SyntaxFactory.BinaryExpression(join, replacement, joinToken ?? Spaced(request.Negated ? SyntaxKind.AmpersandAmpersandToken : SyntaxKind.BarBarToken), call);
                joinToken = null;
                leading = default;
            }

            // Several terms are a new || (&&) where the check stood, whose neighbours would bind to its ends
            // (`code >= 400 && code < 600 && retried`): parenthesised, and the clean-up drops what is not needed.
            return (replacement is BinaryExpressionSyntax ? FixSafety.Parenthesised(replacement, originalCheck) : replacement!).WithTriviaFrom(check);
        }

        private static SyntaxToken Spaced(SyntaxKind kind) =>
            SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), kind, SyntaxFactory.TriviaList(SyntaxFactory.Space));

        // The operator of check's left spine (the same || or && all the way) whose right operand starts the span, where the
        // span ends where check ends; null where check is no such chain.
        private static BinaryExpressionSyntax? KeptBefore(ExpressionSyntax check, TextSpan span)
        {
            if (check is not BinaryExpressionSyntax chain
                || !(chain.IsKind(SyntaxKind.LogicalOrExpression) || chain.IsKind(SyntaxKind.LogicalAndExpression))
                || chain.Span.End != span.End)
            {
                return null;
            }

            var node = chain;
            while (node.Right.SpanStart > span.Start)
            {
                if (node.Left is not BinaryExpressionSyntax left || !left.IsKind(chain.Kind()))
                {
                    return null;
                }

                node = left;
            }

            return node.Right.SpanStart == span.Start ? node : null;
        }

        // operand / 100 == (int)FtpReplyClass.X: the division is an integer's, as the checks FTP0003 reports are (a
        // parenthesised operand keeps its own operators together; the clean-up drops parentheses it does not need).
        private static ExpressionSyntax Compare(string classMember, ExpressionSyntax operand, bool negated, bool addImport)
        {
            var hundreds = SyntaxFactory.BinaryExpression(
                SyntaxKind.DivideExpression,
                FixSafety.ParenthesisedForCleanUp(operand),
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(100)));
            var member = SyntaxFactory.CastExpression(
                SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)),
                FixSafety.QualifiedForCleanUp(KnownTypes.ReplyClassMetadataName + "." + classMember, addImport));
            return FixSafety.ParenthesisedForCleanUp(
                SyntaxFactory.BinaryExpression(negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression, hundreds, member));
        }

        private static ExpressionSyntax Call(string helper, ExpressionSyntax operand, bool negated, bool addImport)
        {
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    FixSafety.QualifiedForCleanUp(KnownTypes.ReplyCodeHelpersMetadataName, addImport),
                    SyntaxFactory.IdentifierName(helper)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(operand))));
            return negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call) : call;
        }

        // The child indexes that lead from ancestor to node.
        private static int[] PathFrom(SyntaxNode ancestor, SyntaxNode node)
        {
            var path = new List<int>();
            for (var current = node; current != ancestor && current.Parent is { } parent; current = parent)
            {
                var index = 0;
                foreach (var child in parent.ChildNodesAndTokens())
                {
                    if (child.AsNode() == current)
                    {
                        break;
                    }

                    index++;
                }

                path.Add(index);
            }

            path.Reverse();
            return path.ToArray();
        }

        private static SyntaxNode? Follow(SyntaxNode from, int[] path)
        {
            var current = from;
            foreach (var index in path)
            {
                var children = current.ChildNodesAndTokens();
                if (index >= children.Count || children[index].AsNode() is not { } child)
                {
                    return null;
                }

                current = child;
            }

            return current;
        }
    }
}
