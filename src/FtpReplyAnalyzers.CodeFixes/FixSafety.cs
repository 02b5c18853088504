using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The checks every fix makes before it writes: whether a using may be added, whether the code is being typed, whether
    /// what it writes needs parentheses to stay one expression.
    /// </summary>
    internal static class FixSafety
    {
        /// <summary>
        /// False when a using of the namespace of <paramref name="typeMetadataName"/> (the enum a fix writes, or the
        /// helpers' class) would change what a name the file already uses means: the file imports a vendor's own
        /// <c>FtpReplyCode</c> (or a <c>Cookie</c> beside <c>System.Net</c>) and refers to it by its
        /// simple name, which would become ambiguous, or uses such a name that binds to nothing yet, which would bind to
        /// ours. Also false while a using directive is half typed: the import adder would insert into the broken
        /// directive. The fix then writes the qualified name and adds no using. Names that bind to the namespace's own
        /// types, through an alias, or to a member (a property named FtpReplyCode) are no conflict.
        /// </summary>
        public static bool ImportIsSafe(SyntaxNode root, SemanticModel semanticModel, string typeMetadataName, CancellationToken cancellationToken)
        {
            var target = semanticModel.Compilation.GetTypeByMetadataName(typeMetadataName)?.ContainingNamespace;
            if (target is null)
            {
                return true;
            }

            foreach (var directive in root.DescendantNodes(node => !(node is TypeDeclarationSyntax)).OfType<UsingDirectiveSyntax>())
            {
                if (directive.ContainsDiagnostics)
                {
                    return false;
                }
            }

            var declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in target.GetTypeMembers())
            {
                if (semanticModel.Compilation.IsSymbolAccessibleWithin(type, semanticModel.Compilation.Assembly))
                {
                    declared.Add(type.Name);
                }
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (!declared.Contains(name.Identifier.ValueText) || IsQualifiedOrMemberName(name))
                {
                    continue;
                }

                if (semanticModel.GetAliasInfo(name, cancellationToken) is not null)
                {
                    continue;
                }

                var symbolInfo = semanticModel.GetSymbolInfo(name, cancellationToken);
                var symbol = symbolInfo.Symbol ?? (symbolInfo.CandidateSymbols.Length > 0 ? symbolInfo.CandidateSymbols[0] : null);
                if (symbol is null
                    || (symbol is INamespaceOrTypeSymbol bound && !SymbolEqualityComparer.Default.Equals(bound.ContainingNamespace, target)))
                {
                    return false;
                }
            }

            return true;
        }

        // `Vendor.FtpReplyCode`, `x.FtpReplyCode`: not looked up by simple name, so no using changes what they bind to.
        private static bool IsQualifiedOrMemberName(SimpleNameSyntax name) =>
            (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name)
            || (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            || (name.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == name)
            || name.Parent is MemberBindingExpressionSyntax;

        /// <summary>
        /// <paramref name="replacement"/>, parenthesised for the clean-up to remove where <paramref name="original"/>
        /// stands inside an interpolation hole. A hole's expression ends at its first ':' outside parentheses, so a name
        /// the simplifier cannot shorten there (global::..., in a file too broken to bind it) would become a format
        /// clause; the simplifier removes the parentheses wherever it does shorten the name. Elsewhere, and where the
        /// replacement is already in parentheses, it is returned as it is.
        /// </summary>
        public static ExpressionSyntax GuardedInHole(ExpressionSyntax replacement, SyntaxNode original)
        {
            if (replacement is ParenthesizedExpressionSyntax)
            {
                return replacement;
            }

            for (var node = original.Parent; node is not null; node = node.Parent)
            {
                if (node is InterpolationSyntax)
                {
                    return ParenthesisedForCleanUp(replacement.WithoutTrivia()).WithTriviaFrom(replacement);
                }

                if (node is StatementSyntax || node is MemberDeclarationSyntax)
                {
                    return replacement;
                }
            }

            return replacement;
        }

        /// <summary>
        /// <c>global::<paramref name="qualifiedName"/></c>, for the clean-up to shorten as far as it binds the same; with
        /// <paramref name="addImport"/>, also for the import adder to add a using of its namespace first.
        /// </summary>
        public static ExpressionSyntax QualifiedForCleanUp(string qualifiedName, bool addImport)
        {
            var name = SyntaxFactory.ParseExpression("global::" + qualifiedName);
            return addImport
                ? name.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
                : name.WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary><paramref name="expression"/> in parentheses that the clean-up removes wherever they are not needed.</summary>
        public static ParenthesizedExpressionSyntax ParenthesisedForCleanUp(ExpressionSyntax expression) =>
            SyntaxFactory.ParenthesizedExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>
        /// <paramref name="replacement"/> of <paramref name="original"/> in parentheses: kept where the original is the right
        /// operand of the operator the replacement is made of (`ok || (a || b)`, `s + (a + "x")`), which the clean-up would
        /// drop because the operator is associative, leaving a tree the parser does not read back (it reads
        /// `(ok || a) || b`); elsewhere for the clean-up to remove where not needed.
        /// </summary>
        public static ParenthesizedExpressionSyntax Parenthesised(ExpressionSyntax replacement, SyntaxNode original) =>
            original.Parent is BinaryExpressionSyntax parent && parent.Right == original && replacement.IsKind(parent.Kind())
                ? SyntaxFactory.ParenthesizedExpression(replacement)
                : ParenthesisedForCleanUp(replacement);

        // Code being typed: next to a token the parser had to invent (`using System.Threading.` then `(FtpStatusCode)550;`),
        // a name written in place of the literal joins the broken construct and the file parses differently. No fix there.
        public static bool BesideMissingToken(SyntaxNode node) =>
            node.GetFirstToken().GetPreviousToken(includeZeroWidth: true).IsMissing
            || node.GetLastToken().GetNextToken(includeZeroWidth: true).IsMissing;
    }
}
