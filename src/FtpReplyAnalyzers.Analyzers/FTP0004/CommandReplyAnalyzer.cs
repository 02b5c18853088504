using System.Collections.Immutable;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
            if (ReplyCodeIndex.TryReadLiteral(literal, out var code))
            {
                if (ReplyCodeIndex.Find(code) is { } definition
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
                && ReplyCodeIndex.Find(text.Code) is { } replied
                && analysis.Commands.OfReplyText(text, containingSymbol) is { } handled
                && !handled.Allows(text.Code)
                && analysis.Model.IsFtpReplyText(text, containingSymbol))
            {
                Report(context, ReplySiteLocations.Digits(literal), handled, replied);
            }
        }

        private static void Report(OperationAnalysisContext context, Location location, CommandReplyDefinition command, ReplyCodeDefinition written)
        {
            var suggested = command.OnlyReplyOfClass(written.ClassDigit) is { } only ? ReplyCodeIndex.Find(only) : null;
            var suggestedText = suggested?.CodeText;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CommandNeverReplies,
                location,
                CommandReplyContract.Write(command.Verb, written.CodeText, suggestedText, suggested?.Meaning),
                command.Verb,
                written.CodeText,
                command.PrimarySource,
                command.DescribeRfcReplies(),
                suggestedText is null ? string.Empty : ": did you mean " + suggestedText + "?"));
        }
    }
}
