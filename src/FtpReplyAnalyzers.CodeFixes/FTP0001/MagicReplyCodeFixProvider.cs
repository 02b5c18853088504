using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// Replaces a magic reply code with a named member. The analyzer has already chosen the shape of the rewrite
    /// (see <see cref="ReplyCodeFix"/>); this provider only writes syntax, and writes nothing it cannot find.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MagicReplyCodeFixProvider))]
    [Shared]
    public sealed class MagicReplyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MagicReplyCode);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var properties = diagnostic.Properties;
                if (!properties.TryGetValue(ReplyCodeFix.ShapeKey, out var shape)
                    || shape is null
                    || shape == ReplyCodeFix.None
                    || !properties.TryGetValue(ReplyCodeFix.EnumKey, out var enumName)
                    || enumName is null
                    || !properties.TryGetValue(ReplyCodeFix.MemberKey, out var member)
                    || member is null)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + SimpleName(enumName) + "." + member,
                        cancellationToken => RewriteAsync(document, diagnostic, shape, enumName, member, cancellationToken),
                        ReplyCodeFix.EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> RewriteAsync(
            Document document,
            Diagnostic diagnostic,
            string shape,
            string enumName,
            string member,
            CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                return document;
            }

            var named = NamedMember(enumName, member);
            SyntaxNode? newRoot = null;
            switch (shape)
            {
                case ReplyCodeFix.CastLiteral:
                    var keyword = diagnostic.Properties.TryGetValue(ReplyCodeFix.LiteralTypeKey, out var type) && type is not null ? type : "int";
                    newRoot = root.ReplaceNode(literal, SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(keyword), named).WithTriviaFrom(literal));
                    break;

                case ReplyCodeFix.CastOperand:
                    newRoot = root.ReplaceNode(literal, named.WithTriviaFrom(literal));
                    break;

                case ReplyCodeFix.ReplaceCast:
                    if (EnclosingCast(literal) is { } cast)
                    {
                        newRoot = root.ReplaceNode(cast, named.WithTriviaFrom(cast));
                    }

                    break;

                case ReplyCodeFix.CodeString:
                    var call = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, named, SyntaxFactory.IdentifierName("ToCodeString")));
                    newRoot = root.ReplaceNode(literal, call.WithTriviaFrom(literal));
                    break;

                case ReplyCodeFix.CompareEnum:
                    if (diagnostic.AdditionalLocations.Count == 1
                        && root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is CastExpressionSyntax intCast)
                    {
                        newRoot = root.ReplaceNodes(
                            new SyntaxNode[] { literal, intCast },
                            (original, _) => original == literal
                                ? named.WithTriviaFrom(literal)
                                : ((CastExpressionSyntax)original).Expression.WithTriviaFrom(original));
                    }

                    break;
            }

            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }

        // global::Namespace.Enum.Member, simplified to Enum.Member with a using added. The annotation sits on the
        // member access only, so the simplifier never removes a cast the program needs.
        private static ExpressionSyntax NamedMember(string enumMetadataName, string member) =>
            SyntaxFactory.ParseExpression("global::" + enumMetadataName + "." + member)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        private static CastExpressionSyntax? EnclosingCast(SyntaxNode literal)
        {
            var node = literal.Parent;
            while (node is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            return node as CastExpressionSyntax;
        }

        private static string SimpleName(string metadataName) => metadataName.Substring(metadataName.LastIndexOf('.') + 1);
    }
}
