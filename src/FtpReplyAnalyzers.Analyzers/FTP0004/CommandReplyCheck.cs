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
    /// writing <c>"227 ..."</c>). It runs inside FTP0001's analyzer, on the sites that analyzer has already located and
    /// the context model has already taken for FTP replies: a rule of its own would pay the driver's per-literal callback
    /// and the site and model work a second time (29% more for all rules together in the side-by-side benchmark, against
    /// a budget of 10%). What it adds is the command, where it is certain (<see cref="Commands.ReplyCommands"/>), and
    /// the command table; a code every command may get never gets that far.
    /// </summary>
    internal static class CommandReplyCheck
    {
        /// <summary>After FTP0001's decision that the literal at <paramref name="site"/> is an FTP reply.</summary>
        public static void AnalyzeCode(OperationAnalysisContext context, ReplyAnalysis analysis, in ReplySite site, ReplyCodeDefinition definition)
        {
            if (IsCandidate(site.Literal, definition) && analysis.Commands.Of(site, context.ContainingSymbol) is { } command && !command.Allows(definition.Code))
            {
                Report(context, ReplySiteLocations.Of(site), command, definition);
            }
        }

        /// <summary>After FTP0001's decision that reply text goes to an FTP client.</summary>
        public static void AnalyzeText(OperationAnalysisContext context, ReplyAnalysis analysis, in ReplyTextSite site, ReplyCodeDefinition definition)
        {
            if (IsCandidate(context.Operation, definition) && analysis.Commands.OfReplyText(site, context.ContainingSymbol) is { } command && !command.Allows(definition.Code))
            {
                Report(context, ReplySiteLocations.Digits(context.Operation), command, definition, replyText: true);
            }
        }

        // A code some command may never send, in a literal the user wrote.
        private static bool IsCandidate(IOperation literal, ReplyCodeDefinition definition) =>
            !CommandReplyCatalog.AllowedForAny(definition.Code) && IsWritten(literal);

        // A default argument's literal is the compiler's, not the user's: nothing to point at or to fix. (The text of an
        // interpolated string is implicit too, and is the user's.)
        private static bool IsWritten(IOperation literal) => !literal.IsImplicit || literal.Parent is IInterpolatedStringTextOperation;

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
