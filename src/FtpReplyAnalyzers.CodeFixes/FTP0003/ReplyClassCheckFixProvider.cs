using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// Replaces a hand-written reply-class check with the helper that tests the same range:
    /// <c>code &gt;= 400 &amp;&amp; code &lt; 500</c> becomes <c>FtpReplyCodes.IsTransientNegative(code)</c>. The analyzer has
    /// already decided that the rewrite is identical for every value and named the helper and the operand (see
    /// <see cref="ReplyClassCheckContract"/>); this provider only writes syntax, and writes nothing it cannot find.
    /// Fix All rewrites each document in one pass (one tree rewrite, one using added).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplyClassCheckFixProvider))]
    [Shared]
    public sealed class ReplyClassCheckFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ReplyClassCheck);

        public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (FixRequest.From(diagnostic) is not { } request || FindSite(root, diagnostic) is null)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + (request.Negated ? "!" : string.Empty) + KnownTypes.ReplyCodeHelpersName + "." + request.Helper,
                        cancellationToken => RewriteAsync(document, new[] { diagnostic }, cancellationToken),
                        ReplyClassCheckContract.EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return document;
            }

            var addImport = FixSafety.ImportIsSafe(root, semanticModel, KnownTypes.ReplyCodeHelpersMetadataName, cancellationToken);
            var replacements = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
            foreach (var diagnostic in diagnostics)
            {
                if (FixRequest.From(diagnostic) is not { } request || FindSite(root, diagnostic) is not { } site)
                {
                    continue;
                }

                // A check may sit inside another's operand (`Parse(code is >= 400 and < 500 ? a : b) / 100 == 4`): the outer
                // one is rewritten from its rewritten self, so its operand is found again by its path from the check.
                var (check, operand) = site;
                var path = PathFrom(check, operand);
                if (!replacements.ContainsKey(check))
                {
                    replacements.Add(check, rewritten => FixSafety.GuardedInHole(Replacement(rewritten, path, operand, request, addImport), check));
                }
            }

            if (replacements.Count == 0)
            {
                return document;
            }

            var newRoot = root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));

            // Add the using for the annotated names; the code action's own clean-up then simplifies them.
            return await ImportAdder.AddImportsAsync(document.WithSyntaxRoot(newRoot), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }

        // FtpReplyCodes.IsX(operand) or !FtpReplyCodes.IsX(operand), with the check's trivia; the operand as written
        // (trivia inside it kept, around it dropped), taken from the rewritten check.
        private static ExpressionSyntax Replacement(SyntaxNode check, int[] path, ExpressionSyntax originalOperand, FixRequest request, bool addImport)
        {
            var operand = Follow(check, path) as ExpressionSyntax ?? originalOperand;
            var helper = SyntaxFactory.ParseExpression("global::" + KnownTypes.ReplyCodeHelpersMetadataName);
            helper = addImport
                ? helper.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
                : helper.WithAdditionalAnnotations(Simplifier.Annotation);
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, helper, SyntaxFactory.IdentifierName(request.Helper)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(operand.WithoutTrivia()))));
            if (request.Negated)
            {
                call = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call);
            }

            return call.WithTriviaFrom(check);
        }

        // The check the diagnostic marks and the operand its additional location marks, inside it; null while the code
        // around them is being typed (a token the parser had to invent) or when either cannot be found.
        private static (ExpressionSyntax Check, ExpressionSyntax Operand)? FindSite(SyntaxNode root, Diagnostic diagnostic)
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

        /// <summary>What one diagnostic asks the fix to write, read from its properties.</summary>
        private sealed class FixRequest
        {
            private FixRequest(string helper, bool negated)
            {
                Helper = helper;
                Negated = negated;
            }

            /// <summary>The FtpReplyCodes method to call.</summary>
            public string Helper { get; }

            /// <summary>Whether the call gets a <c>!</c>.</summary>
            public bool Negated { get; }

            public static FixRequest? From(Diagnostic diagnostic) =>
                ReplyClassCheckContract.TryRead(diagnostic.Properties, out var request) ? new FixRequest(request.Helper, request.Negated) : null;
        }

        /// <summary>Fix All: every FTP0003 site of a document in one rewrite.</summary>
        private sealed class DocumentFixAll : DocumentBasedFixAllProvider
        {
            public static readonly DocumentFixAll Instance = new DocumentFixAll();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Use FTP reply-class helpers";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
                await RewriteAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
