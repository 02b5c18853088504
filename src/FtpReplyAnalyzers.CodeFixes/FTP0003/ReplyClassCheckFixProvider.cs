using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// Replaces a hand-written reply-class check with one that names the class: <c>code &gt;= 400 &amp;&amp; code &lt; 500</c>
    /// becomes <c>code / 100 == (int)FtpReplyClass.TransientNegative</c> (with <c>class_check_fix = helpers</c>,
    /// <c>FtpReplyCodes.IsTransientNegative(code)</c>), and a chain of checks of one value the comparisons (or helpers),
    /// joined, that test the same classes. The analyzer has already decided that the rewrite is identical for every value
    /// and named the terms and the operand (see
    /// <see cref="ReplyClassCheckContract"/>); <see cref="ReplyClassRewriter"/> only writes syntax, and writes nothing it
    /// cannot find. Fix All rewrites each document in one pass (one tree rewrite, one using added).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplyClassCheckFixProvider))]
    [Shared]
    public sealed class ReplyClassCheckFixProvider : CodeFixProvider
    {
        private static readonly FixAllProvider FixAll = new ReplyFixAllProvider(
            "Name the FTP reply classes",
            (document, diagnostics, _, cancellationToken) => ReplyClassRewriter.RewriteAsync(document, diagnostics, cancellationToken));

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ReplyClassCheck);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!ReplyClassCheckContract.TryRead(diagnostic.Properties, out var request) || ReplyClassRewriter.FindSite(root, diagnostic) is not { } site)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + ReplyClassCheckContract.Describe(ReplyClassCheckContract.OperandText(site.Operand), request.Terms, request.Negated, request.Inline),
                        cancellationToken => ReplyClassRewriter.RewriteAsync(document, new[] { diagnostic }, cancellationToken),
                        ReplyClassCheckContract.EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
