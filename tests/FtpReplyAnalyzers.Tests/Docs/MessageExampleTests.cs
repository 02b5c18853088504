using System.Text.RegularExpressions;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Docs;

/// <summary>
/// The FTP0001 messages the README and the rule's page quote say what the catalog says: the code's meaning, its class
/// and the class's few words of handling. (The README's sample output is also compared with a real build, end to end.)
/// </summary>
public sealed partial class MessageExampleTests
{
    [Theory]
    [InlineData("README.md", 20)]
    [InlineData("docs/rules/FTP0001.md", 1)]
    public void Quoted_FTP0001_messages_are_the_catalogs(string relativePath, int quoted)
    {
        // A message wrapped over `//` comment lines (the code beside it in a column of its own) is read as one line.
        var text = File.ReadAllText(RepositoryFiles.PathOf(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var joined = CommentContinuation().Replace(text, " ");

        var messages = QuotedMessage().Matches(joined);
        Assert.Equal(quoted, messages.Count);
        foreach (Match message in messages)
        {
            var definition = ReplyCodeCatalog.All.Single(d => d.CodeText == message.Groups["code"].Value);
            Assert.Equal(definition.Meaning, message.Groups["meaning"].Value);
            Assert.Equal(ReplyCodeCatalog.DescribeReply(definition), message.Groups["class"].Value);
        }
    }

    [GeneratedRegex(@"\n[^\n/]*//\s+")]
    private static partial Regex CommentContinuation();

    [GeneratedRegex(@"FTP reply (?<code>\d{3}) means ""(?<meaning>[^""]*)"" \((?<class>[^()]*)\): use ")]
    private static partial Regex QuotedMessage();
}
