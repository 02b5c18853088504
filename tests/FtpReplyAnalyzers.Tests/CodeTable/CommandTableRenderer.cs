using System.Text;

namespace FtpReplyAnalyzers.Tests.CodeTable;

/// <summary>Renders docs/command-replies.md from the command table (<c>CommandReplyCatalog</c>).</summary>
internal static class CommandTableRenderer
{
    public const string ReferencePagePath = "docs/command-replies.md";

    public static string RenderReferencePage(IReadOnlyList<CommandReplyDefinition> commands)
    {
        var text = new StringBuilder();
        text.Append("# FTP commands and their replies\n\n");
        text.Append("<!-- Generated from src/FtpReplyAnalyzers.ReplyCodes/Catalog/CommandReplyCatalog.cs: edit the table, then run ")
            .Append("FTP_UPDATE_GENERATED=1 dotnet test tests/FtpReplyAnalyzers.Tests --filter FullyQualifiedName~CodeTable -->\n\n");
        text.Append("For each FTP command, the replies a server may send: those the RFCs list (RFC 959 §5.4 and the extensions'\n");
        text.Append("own lists), by class, and those real servers send beyond them that are accepted all the same. A reply outside\n");
        text.Append("both is one the command can never produce. ")
            .Append(commands.Count).Append(" commands; \"verified\" means every listed reply was read in the RFC's own text.\n\n");
        text.Append("Every command may also get:\n\n");
        foreach (var (codes, why) in CommandReplyCatalog.AnyCommand)
        {
            text.Append("- ").Append(Codes(codes)).Append(": ").Append(why).Append('\n');
        }

        text.Append("\n| Command | 1yz | 2yz | 3yz | 4yz | 5yz | Also accepted | Source | Verified |\n");
        text.Append("|---------|-----|-----|-----|-----|-----|---------------|--------|----------|\n");
        foreach (var command in commands)
        {
            text.Append("| [").Append(command.Verb).Append("](#").Append(command.Verb.ToLowerInvariant()).Append(") | ")
                .Append(Codes(command.Preliminary)).Append(" | ")
                .Append(Codes(command.Completion)).Append(" | ")
                .Append(Codes(command.Intermediate)).Append(" | ")
                .Append(command.AnyTransient ? "any 4yz" : Codes(command.Transient)).Append(" | ")
                .Append(Codes(command.Permanent)).Append(" | ")
                .Append(Codes(command.Accepted.SelectMany(a => a.Codes).ToArray())).Append(" | ")
                .Append(command.Source).Append(" | ")
                .Append(command.Verified ? "yes" : "no").Append(" |\n");
        }

        foreach (var command in commands.Where(c => c.Accepted.Count > 0 || c.Note.Length > 0 || c.AnyTransient))
        {
            text.Append("\n## ").Append(command.Verb).Append("\n\n");
            if (command.Note.Length > 0)
            {
                text.Append(command.Note).Append("\n\n");
            }

            if (command.AnyTransient)
            {
                text.Append("- any 4yz: the RFC allows \"various 4xy replies\" besides those listed\n");
            }

            foreach (var (codes, why) in command.Accepted)
            {
                text.Append("- ").Append(Codes(codes)).Append(": ").Append(why).Append('\n');
            }
        }

        return text.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
    }

    private static string Codes(IReadOnlyList<int> codes) => codes.Count == 0 ? "" : string.Join(", ", codes);
}
