using Xunit;

namespace FtpReplyAnalyzers.Tests.CodeTable;

/// <summary>
/// The command table (<c>CommandReplyCatalog</c>) against the team's reference table (ftp-command-replies.tsv,
/// copied here as received), row by row: the same replies, or a difference stated below with its evidence (checked
/// against the RFC texts for issue 18). And the table's own consistency, and its generated page.
/// </summary>
public sealed class CommandTableTests
{
    private const string DataTransferSecurity = "RFC 2228 §6 and §8.2 add 534 and 535 to the transfer commands, RFC 4217 §10.2 adds 521 and 522 (the reference had them in notes, or not at all)";
    private const string AnySecurityCommand = "RFC 2228 §8.2: any security command can return 500, 501, 502, 533 or 421";
    private const string Rfc3659Errors = "RFC 3659 names 500 and 501 for syntax errors (§3.2, §4.2) and 530, 553, 503, 504 for MLST and MLSD (§7.2.1)";

    // Where the catalog departs from the reference table: the replies added to a row and taken out of it, and why.
    private static readonly Dictionary<string, (int[] Added, int[] Removed, string Why)> Differences = new(StringComparer.Ordinal)
    {
        ["USER"] = ([232, 336], [], "RFC 2228 §4 and §8.2 (the reference had them in its notes)"),
        ["RETR"] = ([534, 535, 521, 522], [], DataTransferSecurity),
        ["STOR"] = ([534, 535, 521, 522], [], DataTransferSecurity),
        ["STOU"] = ([534, 535, 521, 522], [], DataTransferSecurity),
        ["APPE"] = ([534, 535, 521, 522], [], DataTransferSecurity),
        ["LIST"] = ([534, 535, 521, 522], [], DataTransferSecurity),
        ["NLST"] = ([534, 535, 521, 522], [], DataTransferSecurity),
        ["AUTH"] = ([533], [], AnySecurityCommand),
        ["ADAT"] = ([502, 533], [], AnySecurityCommand),
        ["PBSZ"] = ([502, 533], [], AnySecurityCommand),
        ["PROT"] = ([502, 533], [], AnySecurityCommand),
        ["CCC"] = ([421, 500], [], "RFC 4217 §5: 500 where CCC is not accepted; 421 as for any command (RFC 959 §4.2.1)"),
        ["MIC"] = ([502, 503, 537], [], "RFC 2228 §3 names them in MIC's, CONF's and ENC's text (its §8.2 table omits them)"),
        ["CONF"] = ([502, 503, 537], [], "RFC 2228 §3 names them in MIC's, CONF's and ENC's text (its §8.2 table omits them)"),
        ["ENC"] = ([502, 503, 537], [], "RFC 2228 §3 names them in MIC's, CONF's and ENC's text (its §8.2 table omits them)"),
        ["MDTM"] = ([500, 501], [], Rfc3659Errors),
        ["SIZE"] = ([500, 501], [], Rfc3659Errors),
        ["MLST"] = ([500, 503, 504, 530, 553], [], Rfc3659Errors),
        ["MLSD"] = ([500, 503, 504, 530, 553], [125, 250], Rfc3659Errors + "; its grammar has only 150, then 226 (125 and 250 are accepted, as for LIST, not listed)"),
        ["LANG"] = ([200, 500, 501, 502, 504], [], "RFC 2640 §4.2 defines them (the reference recorded none)"),
    };

    private static readonly IReadOnlyList<(string Verb, int[] Replies)> Reference = ReadReference();

    [Fact]
    public void The_catalog_has_the_reference_tables_commands_in_its_order() =>
        Assert.Equal(Reference.Select(r => r.Verb), CommandReplyCatalog.All.Select(c => c.Verb));

    [Fact]
    public void Each_row_has_the_reference_tables_replies_or_a_stated_difference()
    {
        foreach (var (verb, replies) in Reference)
        {
            var (added, removed, _) = Differences.TryGetValue(verb, out var difference) ? difference : ([], [], string.Empty);
            var expected = replies.Union(added).Except(removed).Order();
            Assert.True(
                expected.SequenceEqual(CommandReplyCatalog.Find(verb)!.RfcReplies),
                $"{verb}: the reference table with the stated differences says {string.Join(",", expected)}; the catalog {string.Join(",", CommandReplyCatalog.Find(verb)!.RfcReplies)}");
        }
    }

    [Fact]
    public void Every_stated_difference_is_one()
    {
        foreach (var (verb, (added, removed, why)) in Differences)
        {
            var replies = Reference.Single(r => r.Verb == verb).Replies;
            Assert.Empty(added.Intersect(replies));
            Assert.Equal(removed.Order(), removed.Intersect(replies).Order());
            Assert.False(string.IsNullOrWhiteSpace(why), verb);
        }
    }

    [Fact]
    public void Every_reply_in_the_table_is_a_code_the_catalog_defines()
    {
        var defined = ReplyCodeCatalog.All.Select(c => c.Code).ToHashSet();
        var used = CommandReplyCatalog.All
            .SelectMany(c => c.RfcReplies.Concat(c.Accepted.SelectMany(a => a.Codes)))
            .Concat(CommandReplyCatalog.AnyCommand.SelectMany(a => a.Codes));
        Assert.Empty(used.Where(code => !defined.Contains(code)).Distinct());
    }

    [Fact]
    public void Accepted_replies_are_not_listed_ones_and_say_why()
    {
        foreach (var command in CommandReplyCatalog.All)
        {
            foreach (var (codes, why) in command.Accepted)
            {
                Assert.Empty(codes.Intersect(command.RfcReplies));
                Assert.False(string.IsNullOrWhiteSpace(why), command.Verb);
            }
        }
    }

    [Theory]
    [InlineData("PWD", 257, true)]
    [InlineData("PWD", 250, false)]
    [InlineData("PWD", 421, true)]
    [InlineData("PWD", 530, true)]
    [InlineData("EPSV", 229, true)]
    [InlineData("EPSV", 227, false)]
    [InlineData("EPSV", 200, true)]
    [InlineData("PASV", 229, false)]
    [InlineData("CWD", 200, true)]
    [InlineData("CWD", 257, false)]
    [InlineData("CWD", 226, false)]
    [InlineData("CDUP", 250, true)]
    [InlineData("RNFR", 200, false)]
    [InlineData("REST", 200, false)]
    [InlineData("REST", 350, true)]
    [InlineData("DELE", 150, false)]
    [InlineData("RMD", 450, true)]
    [InlineData("MKD", 521, true)]
    [InlineData("SIZE", 450, true)]
    [InlineData("SYST", 200, false)]
    [InlineData("QUIT", 200, false)]
    [InlineData("QUIT", 421, true)]
    public void Allows_says_what_a_command_can_answer(string verb, int code, bool allowed) =>
        Assert.Equal(allowed, CommandReplyCatalog.Find(verb)!.Allows(code));

    [Fact]
    public void Reference_page_is_generated_from_the_table() =>
        CodeTableTests.AssertGenerated(CommandTableRenderer.ReferencePagePath, CommandTableRenderer.RenderReferencePage(CommandReplyCatalog.All));

    // Each row's verb and every reply its class columns list; "(110)" (only as a restart marker) counts.
    private static List<(string Verb, int[] Replies)> ReadReference()
    {
        var rows = new List<(string, int[])>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "CodeTable", "ftp-command-replies.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            var replies = columns.Skip(2).Take(5)
                .SelectMany(column => column.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(code => int.Parse(code.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture))
                .Order()
                .ToArray();
            rows.Add((columns[0], replies));
        }

        return rows;
    }
}
