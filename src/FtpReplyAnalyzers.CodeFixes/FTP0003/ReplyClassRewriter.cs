using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// The FTP0003 rewrite: the check a diagnostic marks becomes the helper call its properties name (see
    /// <see cref="ReplyClassCheckContract"/>), on the operand its additional location marks. Writes nothing it cannot find.
    /// </summary>
    internal static class ReplyClassRewriter
    {
        /// <summary>
        /// The check the diagnostic marks and the operand its additional location marks, inside it; null while the code
        /// around them is being typed (a token the parser had to invent) or when either cannot be found.
        /// </summary>
        public static (ExpressionSyntax Check, ExpressionSyntax Operand)? FindSite(SyntaxNode root, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count != 1
                || !diagnostic.Location.IsInSource
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax check
                || check.Span != diagnostic.Location.SourceSpan
                || !(check is BinaryExpressionSyntax || check is IsPatternExpressionSyntax)
                || check.ContainsDiagnostics
                || FixSafety.BesideMissingToken(check))
            {
                return null;
            }

            var operandSpan = diagnostic.AdditionalLocations[0].SourceSpan;
            if (!check.Span.Contains(operandSpan)
                || check.FindNode(operandSpan, getInnermostNodeForTie: true) is not ExpressionSyntax operand
                || operand.Span != operandSpan)
            {
                return null;
            }

            return (check, operand);
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
                var (check, operand) = site;
                var path = PathFrom(check, operand);
                var addImport = edit.MayImport(KnownTypes.ReplyCodeHelpersMetadataName, semanticModel, cancellationToken);
                edit.Replace(check, rewritten => FixSafety.GuardedInHole(Replacement(rewritten, path, operand, request, addImport), check));
            }

            return await edit.ApplyAsync(cancellationToken).ConfigureAwait(false);
        }

        // FtpReplyCodes.IsX(operand) or !FtpReplyCodes.IsX(operand), with the check's trivia; the operand as written
        // (trivia inside it kept, around it dropped), taken from the rewritten check.
        private static ExpressionSyntax Replacement(SyntaxNode check, int[] path, ExpressionSyntax originalOperand, in ReplyClassRequest request, bool addImport)
        {
            var operand = Follow(check, path) as ExpressionSyntax ?? originalOperand;
            var helper = FixSafety.QualifiedForCleanUp(KnownTypes.ReplyCodeHelpersMetadataName, addImport);
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, helper, SyntaxFactory.IdentifierName(request.Helper)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(operand.WithoutTrivia()))));
            if (request.Negated)
            {
                call = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call);
            }

            return call.WithTriviaFrom(check);
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
