using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The replacements one fix makes in one document, applied in one pass: one tree rewrite, then the usings the
    /// written names need, added once. Also decides, once per type a fix writes, whether a using of its namespace may
    /// be added (<see cref="FixSafety.ImportIsSafe"/>). Every rule's fix, single or Fix All, applies its rewrite here.
    /// </summary>
    internal sealed class DocumentEdit
    {
        private readonly Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
        private readonly Dictionary<string, bool> importable = new Dictionary<string, bool>(StringComparer.Ordinal);

        public DocumentEdit(Document document, SyntaxNode root)
        {
            Document = document;
            Root = root;
        }

        public Document Document { get; }

        /// <summary>The document's root, in which every replaced node is found.</summary>
        public SyntaxNode Root { get; }

        /// <summary>True while no replacement has been asked for.</summary>
        public bool IsEmpty => replacements.Count == 0;

        /// <summary>
        /// Replaces <paramref name="node"/>, unless a replacement of it was asked for already (the first one stands).
        /// <paramref name="replace"/> receives the node with the replacements inside it already made.
        /// </summary>
        public void Replace(SyntaxNode node, Func<SyntaxNode, SyntaxNode> replace)
        {
            if (!replacements.ContainsKey(node))
            {
                replacements.Add(node, replace);
            }
        }

        /// <summary>Replaces <paramref name="node"/> with <paramref name="replacement"/>, unless a replacement of it was asked for already.</summary>
        public void Replace(SyntaxNode node, SyntaxNode replacement) => Replace(node, _ => replacement);

        /// <summary>
        /// Whether a name of <paramref name="typeMetadataName"/> written by the fix may bring a using of its namespace
        /// (see <see cref="FixSafety.ImportIsSafe"/>), decided once per type; false without a semantic model.
        /// </summary>
        public bool MayImport(string typeMetadataName, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            if (!importable.TryGetValue(typeMetadataName, out var safe))
            {
                safe = semanticModel is not null && FixSafety.ImportIsSafe(Root, semanticModel, typeMetadataName, cancellationToken);
                importable.Add(typeMetadataName, safe);
            }

            return safe;
        }

        /// <summary>
        /// The document with every replacement made and a using added for each name annotated with
        /// <see cref="Simplifier.AddImportsAnnotation"/>; the code action's own clean-up then simplifies the names. The
        /// document as it was where nothing is replaced.
        /// </summary>
        public async Task<Document> ApplyAsync(CancellationToken cancellationToken)
        {
            if (replacements.Count == 0)
            {
                return Document;
            }

            var newRoot = Root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));
            var imported = await ImportAdder.AddImportsAsync(Document.WithSyntaxRoot(newRoot), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await FormatWithOwnLineEndingAsync(imported, cancellationToken).ConfigureAwait(false);
        }

        // What the import adder added (a using, the blank line after it, sometimes the usings beside it rebuilt) is left for
        // the clean-up to format, which writes its line breaks as the .editorconfig's end_of_line says: a project whose
        // files do not follow it would get mixed endings. It is formatted here with the document's own line ending, and
        // nothing is left for the clean-up to format (the names to simplify still are).
        private async Task<Document> FormatWithOwnLineEndingAsync(Document document, CancellationToken cancellationToken)
        {
            var ending = FirstLineEnding(Root);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (ending is null || root is null || !root.GetAnnotatedNodesAndTokens(Formatter.Annotation).Any())
            {
                return document;
            }

            var options = (await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false))
                .WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, ending);
            var formatted = await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
            var formattedRoot = await formatted.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (formattedRoot is null)
            {
                return formatted;
            }

            var annotated = formattedRoot.GetAnnotatedNodesAndTokens(Formatter.Annotation).ToList();
            var nodes = annotated.Where(n => n.IsNode).Select(n => n.AsNode()!).ToList();
            var tokens = annotated.Where(n => n.IsToken).Select(n => n.AsToken()).ToList();
            var cleaned = formattedRoot.ReplaceSyntax(
                nodes,
                (_, rewritten) => rewritten.WithoutAnnotations(Formatter.Annotation),
                tokens,
                (_, rewritten) => rewritten.WithoutAnnotations(Formatter.Annotation),
                Enumerable.Empty<SyntaxTrivia>(),
                (_, rewritten) => rewritten);
            return formatted.WithSyntaxRoot(cleaned);
        }

        // "\n" or "\r\n" (or "\r"), as the document's first line ends; null in a one-line document.
        private static string? FirstLineEnding(SyntaxNode root)
        {
            var text = root.SyntaxTree.GetText();
            if (text.Lines.Count < 2)
            {
                return null;
            }

            var first = text.Lines[0];
            return first.EndIncludingLineBreak == first.End ? null : text.ToString(TextSpan.FromBounds(first.End, first.EndIncludingLineBreak));
        }
    }
}
