using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// Replaces a magic reply code with a named member. The analyzer has already chosen the shape of the rewrite
    /// (see <see cref="MagicReplyCodeContract"/>); this provider only writes syntax, and writes nothing it cannot find.
    /// Fix All rewrites each document in one pass (one tree rewrite, one using added), whatever the shapes.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MagicReplyCodeFixProvider))]
    [Shared]
    public sealed class MagicReplyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MagicReplyCode);

        public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var document = context.Document;
            // Only the cast rewrites ask the compiler (HasErrors); the other shapes need no semantic model.
            var semanticModel = context.Diagnostics.Any(NeedsSemanticModel)
                ? await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false)
                : null;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root is null)
                {
                    continue;
                }

                // The user's own constant first (`FtpCodes.FileNotFound`), then the bundled member.
                if (OwnRequest.From(diagnostic) is { } own && CanRewriteOwn(root, diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use " + own.Display,
                            cancellationToken => RewriteAsync(document, new[] { diagnostic }, preferOwn: true, cancellationToken),
                            MagicReplyCodeContract.OwnEquivalenceKey),
                        diagnostic);
                }

                // Offer only what the rewrite will write: nothing where it would find nothing to replace.
                if (FixRequest.From(diagnostic) is not { } request || !CanRewrite(root, diagnostic, request, semanticModel))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + request.SimpleEnumName + "." + request.Member,
                        cancellationToken => RewriteAsync(document, new[] { diagnostic }, preferOwn: false, cancellationToken),
                        MagicReplyCodeContract.EquivalenceKey),
                    diagnostic);
            }
        }

        private static bool NeedsSemanticModel(Diagnostic diagnostic) =>
            FixRequest.From(diagnostic)?.Shape is MagicReplyCodeContract.ReplaceCast or MagicReplyCodeContract.CastOperand;

        private static bool CanRewriteOwn(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
            && literal.Span == diagnostic.Location.SourceSpan
            && !FixSafety.BesideMissingToken(literal);

        // With preferOwn (the user's-constant fix, and its Fix All): the user's constant where the site has one, the bundled
        // member everywhere else, so one Fix All leaves no site behind whichever fix was chosen. The user's constant is
        // written fully qualified (cast to the literal's type where needed); the clean-up shortens it as far as it binds.
        private static async Task<Document> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, bool preferOwn, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
            var requests = new List<(Diagnostic Diagnostic, FixRequest Request)>();
            foreach (var diagnostic in diagnostics)
            {
                if (preferOwn
                    && OwnRequest.From(diagnostic) is { } own
                    && CanRewriteOwn(root, diagnostic)
                    && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal)
                {
                    Add(replacements, literal, _ => KeptApart(own.Expression(), literal));
                }
                else if (FixRequest.From(diagnostic) is { } request)
                {
                    requests.Add((diagnostic, request));
                }
            }

            if (requests.Count == 0 && replacements.Count == 0)
            {
                return document;
            }

            // Whether a using of each enum's namespace may be added (see FixSafety.ImportIsSafe), decided once per namespace.
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var importable = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (diagnostic, request) in requests)
            {
                if (!importable.TryGetValue(request.EnumMetadataName, out var addImport))
                {
                    addImport = semanticModel is not null && FixSafety.ImportIsSafe(root, semanticModel, request.EnumMetadataName, cancellationToken);
                    importable.Add(request.EnumMetadataName, addImport);
                }

                Collect(root, diagnostic, request.WithImport(addImport), semanticModel, replacements);
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

        // The nodes Collect needs are there, and none stands beside a token the parser had to invent.
        private static bool CanRewrite(SyntaxNode root, Diagnostic diagnostic, FixRequest request, SemanticModel? semanticModel)
        {
            if (request.Shape == MagicReplyCodeContract.ReplyText)
            {
                return ReplyTextNode(root, diagnostic) is { } text && !FixSafety.BesideMissingToken(text);
            }

            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || FixSafety.BesideMissingToken(literal))
            {
                return false;
            }

            switch (request.Shape)
            {
                case MagicReplyCodeContract.ReplaceCast:
                    return EnclosingCast(literal) is { } cast && !FixSafety.BesideMissingToken(cast) && !HasErrors(semanticModel, cast);
                case MagicReplyCodeContract.CastOperand:
                    return !(EnclosingCast(literal) is { } operandCast && HasErrors(semanticModel, operandCast));
                case MagicReplyCodeContract.CompareEnum:
                    return OtherOperandCast(literal) is not null;
                default:
                    return true;
            }
        }

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

        private static void Collect(SyntaxNode root, Diagnostic diagnostic, FixRequest request, SemanticModel? semanticModel, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements)
        {
            if (request.Shape == MagicReplyCodeContract.ReplyText)
            {
                CollectReplyText(root, diagnostic, request, replacements);
                return;
            }

            if (!CanRewrite(root, diagnostic, request, semanticModel) || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                return;
            }

            switch (request.Shape)
            {
                case MagicReplyCodeContract.CastLiteral:
                    Add(replacements, literal, _ => KeptApart(SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(request.LiteralType), request.NamedMember()), literal));
                    break;

                case MagicReplyCodeContract.CastOperand:
                    Add(replacements, literal, _ => KeptApart(request.NamedMember(), literal));
                    break;

                case MagicReplyCodeContract.ReplaceCast:
                    if (EnclosingCast(literal) is { } cast)
                    {
                        Add(replacements, cast, _ => KeptApart(request.NamedMember(), cast));
                    }

                    break;

                case MagicReplyCodeContract.CodeString:
                    Add(replacements, literal, _ => KeptApart(request.CodeStringOfNamedMember(), literal));
                    break;

                case MagicReplyCodeContract.CompareEnum:
                    if (OtherOperandCast(literal) is { } intCast)
                    {
                        Add(replacements, literal, _ => KeptApart(request.NamedMember(), literal));
                        Add(replacements, intCast, rewritten => ((CastExpressionSyntax)rewritten).Expression.WithTriviaFrom(rewritten));
                    }

                    break;
            }
        }

        // "550 File not found" -> FtpReplyCode.FileUnavailable.ToCodeString() + " File not found" (parenthesised where the
        // context needs it; the clean-up removes parentheses that are not needed);
        // $"226 Done, {n} bytes" -> $"{FtpReplyCode.ClosingDataConnection.ToCodeString()} Done, {n} bytes".
        private static void CollectReplyText(SyntaxNode root, Diagnostic diagnostic, FixRequest request, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements)
        {
            switch (ReplyTextNode(root, diagnostic))
            {
                case LiteralExpressionSyntax literal:
                    var offset = diagnostic.Location.SourceSpan.Start - literal.Token.SpanStart;
                    var tokenText = literal.Token.Text;
                    var restText = tokenText.Substring(0, offset) + tokenText.Substring(offset + 3);
                    var rest = SyntaxFactory.LiteralExpression(
                        SyntaxKind.StringLiteralExpression,
                        SyntaxFactory.Literal(restText, literal.Token.ValueText.Substring(3)));
                    Add(replacements, literal, _ => KeptApart(
                        FixSafety.ParenthesisedForCleanUp(
                            SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, request.CodeStringOfNamedMember(), rest)),
                        literal));
                    break;

                case InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }:
                    Add(replacements, interpolated, rewritten =>
                    {
                        var current = (InterpolatedStringExpressionSyntax)rewritten;
                        if (current.Contents.Count == 0 || current.Contents[0] is not InterpolatedStringTextSyntax first)
                        {
                            return current;
                        }

                        // Parenthesised for the clean-up to remove: a hole ends its expression at the first ':' outside
                        // parentheses, so a name the simplifier cannot shorten (global::...) would become a format clause.
                        var hole = SyntaxFactory.Interpolation(FixSafety.ParenthesisedForCleanUp(request.CodeStringOfNamedMember()));
                        var remaining = first.TextToken.Text.Substring(3);
                        var contents = current.Contents.RemoveAt(0);
                        if (remaining.Length > 0)
                        {
                            var token = SyntaxFactory.Token(
                                default,
                                SyntaxKind.InterpolatedStringTextToken,
                                remaining,
                                first.TextToken.ValueText.Substring(3),
                                default);
                            contents = contents.Insert(0, SyntaxFactory.InterpolatedStringText(token));
                        }

                        return current.WithContents(contents.Insert(0, hole));
                    });
                    break;
            }
        }

        // The literal or the first text of an interpolated string whose first three characters the diagnostic marks.
        private static SyntaxNode? ReplyTextNode(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.Length != 3)
            {
                return null;
            }

            switch (root.FindNode(span, getInnermostNodeForTie: true))
            {
                case LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken)
                    && (span.Start == literal.Token.SpanStart + 1 || span.Start == literal.Token.SpanStart + 2)
                    && literal.Token.ValueText.Length >= 3:
                    return literal;
                case InterpolatedStringTextSyntax text when text.Parent is InterpolatedStringExpressionSyntax interpolated
                    && interpolated.Contents.Count > 0
                    && interpolated.Contents[0] == text
                    && span.Start == text.SpanStart:
                    return text;
                default:
                    return null;
            }
        }

        // The replacement takes the literal's trivia; where none separated it from a following word (`257or 421` while
        // typing), a name ending in a letter would fuse with it (`PathnameCreatedor`): keep one space between them.
        // Inside an interpolation hole the replacement is parenthesised for the clean-up (FixSafety.GuardedInHole).
        private static SyntaxNode KeptApart(ExpressionSyntax replacement, SyntaxNode original)
        {
            replacement = FixSafety.GuardedInHole(replacement, original).WithTriviaFrom(original);
            var next = original.GetLastToken().GetNextToken(includeZeroWidth: true);
            var nextText = next.ToFullString();
            var fuses = !original.GetTrailingTrivia().Any()
                && nextText.Length > 0
                && (char.IsLetterOrDigit(nextText[0]) || nextText[0] == '_' || nextText[0] == '@');
            return fuses ? replacement.WithTrailingTrivia(SyntaxFactory.Space) : replacement;
        }

        private static void Add(Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements, SyntaxNode node, Func<SyntaxNode, SyntaxNode> replace)
        {
            if (!replacements.ContainsKey(node))
            {
                replacements.Add(node, replace);
            }
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

        /// <summary>The user's own constant for a code, read from a diagnostic's properties.</summary>
        private sealed class OwnRequest
        {
            private OwnRequest(string member, string display, string cast)
            {
                Member = member;
                Display = display;
                Cast = cast;
            }

            public string Member { get; }

            public string Display { get; }

            public string Cast { get; }

            public static OwnRequest? From(Diagnostic diagnostic) =>
                MagicReplyCodeContract.TryReadOwnConstant(diagnostic.Properties, out var own)
                    ? new OwnRequest(own.Member, own.Display, own.Cast)
                    : null;

            public ExpressionSyntax Expression()
            {
                var name = SyntaxFactory.ParseExpression(Member).WithAdditionalAnnotations(Simplifier.Annotation);
                return Cast.Length == 0 ? name : SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(Cast), name);
            }
        }

        /// <summary>What one diagnostic asks the fix to write, read from its properties.</summary>
        private sealed class FixRequest
        {
            private FixRequest(string shape, string enumMetadataName, string member, string literalType, bool addImport = true)
            {
                Shape = shape;
                EnumMetadataName = enumMetadataName;
                Member = member;
                LiteralType = literalType;
                AddImport = addImport;
            }

            public string Shape { get; }

            public string EnumMetadataName { get; }

            public string Member { get; }

            public string LiteralType { get; }

            /// <summary>Whether the written name may bring a using of its namespace (false where that would be ambiguous).</summary>
            public bool AddImport { get; }

            public FixRequest WithImport(bool addImport) => new FixRequest(Shape, EnumMetadataName, Member, LiteralType, addImport);

            public string SimpleEnumName => EnumMetadataName.Substring(EnumMetadataName.LastIndexOf('.') + 1);

            public static FixRequest? From(Diagnostic diagnostic) =>
                MagicReplyCodeContract.TryRead(diagnostic.Properties, out var request)
                    ? new FixRequest(request.Shape, request.EnumMetadataName, request.Member, request.LiteralType)
                    : null;

            // FtpReplyCode.X.ToCodeString(). Without the using, the extension method is out of scope: call it as what it is,
            // FtpReplyAnalyzers.FtpReplyCodes.ToCodeString(FtpReplyAnalyzers.FtpReplyCode.X).
            public ExpressionSyntax CodeStringOfNamedMember()
            {
                if (AddImport)
                {
                    return SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, NamedMember(), SyntaxFactory.IdentifierName("ToCodeString")));
                }

                var helper = SyntaxFactory.ParseExpression("global::" + KnownTypes.ReplyCodeHelpersMetadataName + ".ToCodeString")
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                return SyntaxFactory.InvocationExpression(
                    helper,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(NamedMember()))));
            }

            // global::Namespace.Enum.Member, simplified to Enum.Member with a using added (or as far as it binds the same,
            // without a using, where one would be ambiguous). The annotations sit on the member access only, so the
            // simplifier never removes a cast the program needs.
            public ExpressionSyntax NamedMember()
            {
                var name = SyntaxFactory.ParseExpression("global::" + EnumMetadataName + "." + Member);
                return AddImport
                    ? name.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
                    : name.WithAdditionalAnnotations(Simplifier.Annotation);
            }
        }

        /// <summary>Fix All: every FTP0001 site of a document in one rewrite.</summary>
        private sealed class DocumentFixAll : DocumentBasedFixAllProvider
        {
            public static readonly DocumentFixAll Instance = new DocumentFixAll();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Use named FTP reply codes";

            // The key of the action the user chose: their own constants where they have one (the bundled member elsewhere),
            // or the bundled members everywhere.
            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
                await RewriteAsync(document, diagnostics, fixAllContext.CodeActionEquivalenceKey == MagicReplyCodeContract.OwnEquivalenceKey, fixAllContext.CancellationToken)
                    .ConfigureAwait(false);
        }
    }
}
