using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;

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
                    verb = site.Subject is null ? null : AnsweredCommand.Of(site.Subject);
                    break;
                case ReplySiteKind.ListElement:
                    verb = site.Subject is not null ? AnsweredCommand.Of(site.Subject)
                        : site.Argument is not null ? AnsweredCommand.OfExpectedArgument(site.Argument)
                        : null;
                    break;
                case ReplySiteKind.Argument:
                    // Expect(SendCommand("CWD", dir), 257) on a client; ReplyAsync(226, "...") in a server's handler.
                    verb = (site.Argument is null ? null : AnsweredCommand.OfExpectedArgument(site.Argument))
                        ?? handled.Of(site.Literal, containingSymbol);
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

        /// <summary>The command reply text (<c>"227 Entering Passive Mode"</c>) is produced for, or null.</summary>
        public CommandReplyDefinition? OfReplyText(in ReplyTextSite site, ISymbol containingSymbol) =>
            handled.Of(site.Text, containingSymbol) is { } verb ? CommandReplyCatalog.Find(verb) : null;
    }
}
