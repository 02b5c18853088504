using System.Collections.Immutable;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0004
{
    /// <summary>
    /// FTP0004: a reply code the FTP command it answers never sends (<c>Send("PWD") == 250</c>, <c>case "EPSV":</c>
    /// writing <c>"227 ..."</c>). Every site FTP0001 knows, in the order of cost: the literal's value and site, then the
    /// command where it is certain (<see cref="Commands.ReplyCommands"/>), then the command table; only a code the
    /// command never sends goes to the context model, which must agree that the site is an FTP reply.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CommandReplyAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.CommandNeverReplies);

        private protected override void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis) =>
            start.RegisterOperationAction(
                operationContext => AnalyzeLiteral(operationContext, analysis),
                OperationKind.Literal,
                OperationKind.Utf8String);

        private static void AnalyzeLiteral(OperationAnalysisContext context, ReplyAnalysis analysis)
        {
            var literal = context.Operation;
            var containingSymbol = context.ContainingSymbol;

            // A default argument's literal is the compiler's, not the user's: nothing to point at or to fix. (The text of an
            // interpolated string is implicit too, and is the user's.)
            if (literal.IsImplicit && literal.Parent is not IInterpolatedStringTextOperation)
            {
                return;
            }

            if (ReplyCodeIndex.TryReadLiteral(literal, out var code))
            {
                if (!CommandReplyCatalog.AllowedForAny(code)
                    && ReplyCodeIndex.Find(code) is { } definition
                    && ReplySiteLocator.TryLocate(literal, analysis.KnownTypes, out var site)
                    && analysis.Commands.Of(site, containingSymbol) is { } command
                    && !command.Allows(code)
                    && analysis.Model.IsFtpReply(site, containingSymbol))
                {
                    Report(context, ReplySiteLocations.Of(site), command, definition);
                }

                return;
            }

            if (ReplyTextLocator.TryLocate(literal, out var text)
                && !CommandReplyCatalog.AllowedForAny(text.Code)
                && ReplyCodeIndex.Find(text.Code) is { } replied
                && analysis.Commands.OfReplyText(text, containingSymbol) is { } handled
                && !handled.Allows(text.Code)
                && analysis.Model.IsFtpReplyText(text, containingSymbol))
            {
                Report(context, ReplySiteLocations.Digits(literal), handled, replied, replyText: true);
            }
        }

        // Replies whose text has a form of its own (227's and 229's address, 257's quoted path): reply text written for
        // another code would need its message rewritten too, so the fix does not offer to change the code alone.
        private static bool HasOwnForm(int code) => code is 227 or 228 or 229 or 257;

        private static void Report(OperationAnalysisContext context, Location location, CommandReplyDefinition command, ReplyCodeDefinition written, bool replyText = false)
        {
            var suggested = command.OnlyReplyOfClass(written.ClassDigit) is { } only ? ReplyCodeIndex.Find(only) : null;
            var suggestedText = suggested?.CodeText;
            var fixable = suggested is not null && !(replyText && HasOwnForm(suggested.Code));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CommandNeverReplies,
                location,
                CommandReplyContract.Write(command.Verb, written.CodeText, fixable ? suggestedText : null, fixable ? suggested!.Meaning : null),
                command.Verb,
                written.CodeText,
                command.PrimarySource,
                command.DescribeRfcReplies(),
                suggestedText is null ? string.Empty : ": did you mean " + suggestedText + "?"));
        }
    }
}
