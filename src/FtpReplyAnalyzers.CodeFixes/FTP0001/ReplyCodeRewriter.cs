using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// The FTP0001 rewrite: finds the nodes each diagnostic's shape (see <see cref="MagicReplyCodeContract"/>) replaces
    /// and says whether they are there to replace; <see cref="ReplyCodeSyntax"/> writes what replaces them. Writes
    /// nothing it cannot find.
    /// </summary>
    internal static class ReplyCodeRewriter
    {
        /// <summary>Only the cast rewrites ask the compiler (whether the cast has errors); the other shapes need no semantic model.</summary>
        public static bool NeedsSemanticModel(Diagnostic diagnostic) =>
            MagicReplyCodeContract.TryRead(diagnostic.Properties, out var request)
            && request.Plan.Shape is MagicReplyCodeContract.ReplaceCast or MagicReplyCodeContract.CastOperand;

        /// <summary>The literal the user's own constant replaces is there, and not beside a token the parser had to invent.</summary>
        public static bool CanRewriteOwn(SyntaxNode root, Diagnostic diagnostic) => OwnLiteral(root, diagnostic) is not null;

        /// <summary>The nodes <see cref="Collect"/> needs are there, and none stands beside a token the parser had to invent.</summary>
        public static bool CanRewrite(SyntaxNode root, Diagnostic diagnostic, in ReplyCodeRequest request, SemanticModel? semanticModel)
        {
            if (request.Plan.Shape == MagicReplyCodeContract.ReplyText)
            {
                return ReplyTextRewriter.Find(root, diagnostic) is { } text && !FixSafety.BesideMissingToken(text);
            }

            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || FixSafety.BesideMissingToken(literal))
            {
                return false;
            }

            switch (request.Plan.Shape)
            {
                case MagicReplyCodeContract.ReplaceCast:
                    return EnclosingCast(literal) is { } cast && !FixSafety.BesideMissingToken(cast) && !HasErrors(semanticModel, cast);
                case MagicReplyCodeContract.CastOperand:
                    return !(EnclosingCast(literal) is { } operandCast && HasErrors(semanticModel, operandCast));
                case MagicReplyCodeContract.CompareEnum:
                    return OtherOperandCast(literal) is not null;
                case MagicReplyCodeContract.PatternToEquality:
                    return EnclosingIsPattern(literal) is { } isPattern && !FixSafety.BesideMissingToken(isPattern);
                default:
                    return true;
            }
        }

        // With preferOwn (the user's-constant fix, and its Fix All): the user's constant where the site has one, the bundled
        // member everywhere else, so one Fix All leaves no site behind whichever fix was chosen. The user's constant is
        // written fully qualified (cast to the literal's type where needed); the clean-up shortens it as far as it binds.
        public static async Task<Document> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, bool preferOwn, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var edit = new DocumentEdit(document, root);
            var requests = new List<(Diagnostic Diagnostic, ReplyCodeRequest Request)>();
            foreach (var diagnostic in diagnostics)
            {
                if (preferOwn
                    && MagicReplyCodeContract.TryReadOwnConstant(diagnostic.Properties, out var own)
                    && OwnLiteral(root, diagnostic) is { } literal)
                {
                    edit.Replace(literal, ReplyCodeSyntax.KeptApart(ReplyCodeSyntax.OwnConstant(own), literal));
                }
                else if (MagicReplyCodeContract.TryRead(diagnostic.Properties, out var request))
                {
                    requests.Add((diagnostic, request));
                }
            }

            if (requests.Count == 0 && edit.IsEmpty)
            {
                return document;
            }

            // Whether a using of each enum's namespace may be added is decided once per enum (see FixSafety.ImportIsSafe).
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var splits = new ReplyTextRewriter.Splits();
            foreach (var (diagnostic, request) in requests)
            {
                var addImport = edit.MayImport(request.Plan.EnumMetadataName, semanticModel, cancellationToken);
                Collect(edit, splits, diagnostic, request, addImport, semanticModel);
            }

            return await edit.ApplyAsync(cancellationToken).ConfigureAwait(false);
        }

        private static LiteralExpressionSyntax? OwnLiteral(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
            && literal.Span == diagnostic.Location.SourceSpan
            && !FixSafety.BesideMissingToken(literal)
                ? literal
                : null;

        // A cast the compiler already rejects (`code is (FtpStatusCode?)550` on an int): what it means is not settled, and the
        // clean-up, which decides from the compiler whether a cast is needed, cannot be trusted there. No fix (found by
        // the reliability harness: the rewrite turned one error into another).
        private static bool HasErrors(SemanticModel? semanticModel, SyntaxNode node)
        {
            if (semanticModel is null)
            {
                return false;
            }

            foreach (var diagnostic in semanticModel.GetDiagnostics(node.Span))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Collect(DocumentEdit edit, ReplyTextRewriter.Splits splits, Diagnostic diagnostic, in ReplyCodeRequest request, bool addImport, SemanticModel? semanticModel)
        {
            var replacement = ReplyCodeSyntax.Replacement(request, addImport);
            if (request.Plan.Shape == MagicReplyCodeContract.ReplyText)
            {
                ReplyTextRewriter.Collect(edit, splits, diagnostic, replacement);
                return;
            }

            var root = edit.Root;
            if (!CanRewrite(root, diagnostic, request, semanticModel)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                return;
            }

            switch (request.Plan.Shape)
            {
                case MagicReplyCodeContract.CastLiteral:
                case MagicReplyCodeContract.CastOperand:
                    edit.Replace(literal, ReplyCodeSyntax.KeptApart(replacement, literal));
                    break;

                // `o is "421"` on an object: `o is FtpReplyCodeStrings.X` would read as a type test, so the name keeps
                // parentheses, which the clean-up is not asked to remove. Everywhere else a pattern reads the name as a constant.
                case MagicReplyCodeContract.CodeString:
                    edit.Replace(literal, ReplyCodeSyntax.KeptApart(
                        literal.Parent is ConstantPatternSyntax { Parent: IsPatternExpressionSyntax } ? SyntaxFactory.ParenthesizedExpression(replacement) : replacement,
                        literal));
                    break;

                case MagicReplyCodeContract.ReplaceCast when EnclosingCast(literal) is { } cast:
                    edit.Replace(cast, ReplyCodeSyntax.KeptApart(replacement, cast));
                    break;

                // `x is "200"` -> `x == FtpReplyCodeStrings...`, `x is not "200"` -> `x != ...`, parenthesised for the clean-up.
                case MagicReplyCodeContract.PatternToEquality when EnclosingIsPattern(literal) is { } isPattern:
                    edit.Replace(isPattern, ReplyCodeSyntax.KeptApart(
                        FixSafety.ParenthesisedForCleanUp(SyntaxFactory.BinaryExpression(
                            isPattern.Pattern is UnaryPatternSyntax ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                            isPattern.Expression.WithoutTrivia(),
                            replacement)),
                        isPattern));
                    break;

                // The cast on the other operand goes too: the comparison is of the enum itself.
                case MagicReplyCodeContract.CompareEnum when OtherOperandCast(literal) is { } intCast:
                    edit.Replace(literal, ReplyCodeSyntax.KeptApart(replacement, literal));
                    edit.Replace(intCast, rewritten => ((CastExpressionSyntax)rewritten).Expression.WithTriviaFrom(rewritten));
                    break;
            }
        }

        // The `is` expression whose whole pattern is the literal, or `not` and the literal.
        private static IsPatternExpressionSyntax? EnclosingIsPattern(SyntaxNode literal)
        {
            var pattern = literal.Parent as ConstantPatternSyntax;
            var node = pattern?.Parent is UnaryPatternSyntax negated && negated.OperatorToken.IsKind(SyntaxKind.NotKeyword) ? negated.Parent : pattern?.Parent;
            return node is IsPatternExpressionSyntax isPattern && (isPattern.Pattern == pattern || isPattern.Pattern == pattern?.Parent) ? isPattern : null;
        }

        private static CastExpressionSyntax? EnclosingCast(SyntaxNode literal)
        {
            var node = literal.Parent;
            while (node is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            return node as CastExpressionSyntax;
        }

        // `(int)response.StatusCode == 550`: the cast on the other side of the comparison.
        private static CastExpressionSyntax? OtherOperandCast(LiteralExpressionSyntax literal)
        {
            if (literal.Parent is not BinaryExpressionSyntax comparison)
            {
                return null;
            }

            var other = comparison.Left == literal ? comparison.Right : comparison.Left;
            while (other is ParenthesizedExpressionSyntax parenthesized)
            {
                other = parenthesized.Expression;
            }

            return other as CastExpressionSyntax;
        }
    }
}
