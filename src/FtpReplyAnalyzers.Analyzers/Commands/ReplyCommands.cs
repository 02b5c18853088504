using System;
using FtpReplyAnalyzers.Decision;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Commands
{
    /// <summary>
    /// The command a reply-code site answers, where it is certain: what the client tests is the reply of a command it
    /// sent (<see cref="AnsweredCommand"/>); what the server produces, the reply of the command it handles
    /// (<see cref="HandledCommand"/>). One per compilation, kept by <c>ReplyAnalysis</c>.
    /// </summary>
    internal sealed class ReplyCommands
    {
        private readonly HandledCommand handled = new HandledCommand();
        private readonly AnsweredCommand answered = new AnsweredCommand();

        /// <summary>The command a literal at <paramref name="site"/> answers, or null.</summary>
        public CommandReplyDefinition? Of(in ReplySite site, ISymbol containingSymbol)
        {
            string? verb;
            switch (site.Kind)
            {
                case ReplySiteKind.Comparison:
                case ReplySiteKind.Pattern:
                case ReplySiteKind.CaseLabel:
                case ReplySiteKind.EqualsCall:
                case ReplySiteKind.Prefix:
                    verb = site.Subject is null ? null : answered.Of(site.Subject);
                    break;
                case ReplySiteKind.ListElement:
                    verb = site.Subject is not null ? answered.Of(site.Subject)
                        : site.Argument is not null ? answered.OfExpectedArgument(site.Argument)
                        : null;
                    break;
                case ReplySiteKind.Argument when site.Argument is not null:
                    // Expect(SendCommand("CWD", dir), 257) on a client; ReplyAsync(226, "...") in a server's handler, but not
                    // a client's ExpectAsync(200) after Send("TYPE I") inside a RetrCommand: only a reply being made counts.
                    verb = answered.OfExpectedArgument(site.Argument)
                        ?? (MakesReply(site.Argument) ? handled.Of(site.Literal, containingSymbol) : null);
                    break;
                case ReplySiteKind.Assignment:
                case ReplySiteKind.MemberValue:
                    verb = handled.Of(site.Literal, containingSymbol);
                    break;
                default:
                    verb = null;
                    break;
            }

            return verb is null ? null : CommandReplyCatalog.Find(verb);
        }

        // ReplyAsync(226, ...), Send(550, ...), WriteResponse(...), new FtpResponse(250, ...): a call or a constructor that
        // makes or sends a reply; never one that waits for or checks one (Expect, Require, Assert).
        private static bool MakesReply(IArgumentOperation argument)
        {
            var name = argument.Parent switch
            {
                IInvocationOperation call => call.TargetMethod.Name,
                IObjectCreationOperation creation => creation.Type?.Name,
                _ => null,
            };
            if (name is null || name.IndexOf("Expect", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            var namesReply = name.IndexOf("Response", StringComparison.Ordinal) >= 0 || name.IndexOf("Reply", StringComparison.Ordinal) >= 0;
            return argument.Parent is IObjectCreationOperation
                ? namesReply || name.IndexOf("Result", StringComparison.Ordinal) >= 0
                : namesReply || ReplyTextSinks.IsWriteLike(name);
        }

        /// <summary>The command reply text (<c>"227 Entering Passive Mode"</c>) is produced for, or null.</summary>
        public CommandReplyDefinition? OfReplyText(in ReplyTextSite site, ISymbol containingSymbol) =>
            handled.Of(site.Text, containingSymbol) is { } verb ? CommandReplyCatalog.Find(verb) : null;
    }
}
