using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// Replaces a magic reply code with a named member. The analyzer has already chosen the shape of the rewrite
    /// (see <see cref="MagicReplyCodeContract"/>); <see cref="ReplyCodeRewriter"/> only writes syntax, and writes
    /// nothing it cannot find. Fix All rewrites each document in one pass (one tree rewrite, one using added), whatever
    /// the shapes.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MagicReplyCodeFixProvider))]
    [Shared]
    public sealed class MagicReplyCodeFixProvider : CodeFixProvider
    {
        // The key of the action the user chose: their own constants where they have one (the bundled member elsewhere),
        // or the bundled members everywhere.
        private static readonly FixAllProvider FixAll = new ReplyFixAllProvider(
            "Use named FTP reply codes",
            (document, diagnostics, equivalenceKey, cancellationToken) => ReplyCodeRewriter.RewriteAsync(
                document,
                diagnostics,
                preferOwn: equivalenceKey == MagicReplyCodeContract.OwnEquivalenceKey,
                cancellationToken));

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MagicReplyCode);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var document = context.Document;
            var semanticModel = context.Diagnostics.Any(ReplyCodeRewriter.NeedsSemanticModel)
                ? await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false)
                : null;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root is null)
                {
                    continue;
                }

                // The user's own constant first (`FtpCodes.FileNotFound`), then the bundled member.
                if (MagicReplyCodeContract.TryReadOwnConstant(diagnostic.Properties, out var own) && ReplyCodeRewriter.CanRewriteOwn(root, diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use " + own.Display,
                            cancellationToken => ReplyCodeRewriter.RewriteAsync(document, new[] { diagnostic }, preferOwn: true, cancellationToken),
                            MagicReplyCodeContract.OwnEquivalenceKey),
                        diagnostic);
                }

                // Offer only what the rewrite will write: nothing where it would find nothing to replace.
                if (!MagicReplyCodeContract.TryRead(diagnostic.Properties, out var request)
                    || !ReplyCodeRewriter.CanRewrite(root, diagnostic, request, semanticModel))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + request.Plan.Display,
                        cancellationToken => ReplyCodeRewriter.RewriteAsync(document, new[] { diagnostic }, preferOwn: false, cancellationToken),
                        MagicReplyCodeContract.EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
