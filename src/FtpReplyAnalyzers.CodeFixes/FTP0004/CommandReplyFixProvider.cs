using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0004
{
    /// <summary>
    /// Offers the one reply of the written code's class that the command sends: <c>Send("PWD") == 250</c> becomes
    /// <c>Send("PWD") == 257</c>. It changes what the program tests or sends, so it is offered one site at a time, with a
    /// title that says so, and never as part of a Fix All or <c>dotnet format</c> (no <see cref="FixAllProvider"/>).
    /// Only the three digits change: a number stays a number, a string a string, reply text keeps its message.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CommandReplyFixProvider))]
    [Shared]
    public sealed class CommandReplyFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.CommandNeverReplies);

        /// <summary>None: each change of behaviour is the user's decision, site by site.</summary>
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root is null
                    || !CommandReplyContract.TryRead(diagnostic.Properties, out var request)
                    || DigitsSpan(text, diagnostic.Location.SourceSpan, request.Code) is not { } digits
                    || !IsInLiteral(root, digits)
                    || SiblingLabels.Hold(root, digits, request.Suggested))
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Change {request.Code} to {request.Suggested} ({request.Meaning}), the reply {request.Verb} sends (changes behaviour)",
                        _ => Task.FromResult(document.WithText(text.WithChanges(new TextChange(digits, request.Suggested)))),
                        CommandReplyContract.EquivalenceKey),
                    diagnostic);
            }
        }

        // The digits must be the text of a literal the user wrote: a number, a string, reply text.
        private static bool IsInLiteral(SyntaxNode root, TextSpan digits)
        {
            var token = root.FindToken(digits.Start);
            return token.Span.Contains(digits)
                && (token.IsKind(SyntaxKind.NumericLiteralToken) || token.IsKind(SyntaxKind.StringLiteralToken)
                    || token.IsKind(SyntaxKind.InterpolatedStringTextToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken));
        }

        // The written code's digits where the diagnostic points: the whole number (250, 250L), or inside the quotes of a
        // string or reply text. Nothing when the code is spelled otherwise (0xFA, an escape): the fix writes nothing it
        // cannot find.
        private static TextSpan? DigitsSpan(SourceText text, TextSpan span, string code)
        {
            var written = text.ToString(span);
            var start = written.IndexOf(code, System.StringComparison.Ordinal);
            if (start < 0 || written.IndexOf(code, start + 1, System.StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            var before = start == 0 ? '"' : written[start - 1];
            var after = start + 3 < written.Length ? written[start + 3] : ' ';
            return char.IsDigit(before) || char.IsDigit(after) || before == '_' || after == '_'
                ? null
                : new TextSpan(span.Start + start, 3);
        }
    }
}
