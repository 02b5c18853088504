using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// Fix All for a rule: every site of a document in one rewrite (one tree rewrite, one using added), whatever the
    /// sites' shapes, through the same rewrite as the rule's single fix.
    /// </summary>
    internal sealed class ReplyFixAllProvider : DocumentBasedFixAllProvider
    {
        private readonly string title;
        private readonly Rewrite rewrite;

        /// <param name="title">The Fix All action's title.</param>
        /// <param name="rewrite">The rule's rewrite of one document's diagnostics.</param>
        public ReplyFixAllProvider(string title, Rewrite rewrite)
        {
            this.title = title;
            this.rewrite = rewrite;
        }

        /// <summary>
        /// Rewrites the sites of <paramref name="diagnostics"/> in <paramref name="document"/>, as the action whose
        /// <paramref name="equivalenceKey"/> the user chose would.
        /// </summary>
        public delegate Task<Document> Rewrite(Document document, IEnumerable<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken);

        protected override string GetFixAllTitle(FixAllContext fixAllContext) => title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await rewrite(document, diagnostics, fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
