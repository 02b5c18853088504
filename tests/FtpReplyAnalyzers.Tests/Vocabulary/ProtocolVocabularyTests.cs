using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Vocabulary;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Vocabulary;

/// <summary>The words the context model reads in names and in command strings.</summary>
public sealed class ProtocolVocabularyTests
{
    [Theory]
    [InlineData("FtpClient", NameSignals.Ftp)]
    [InlineData("FTPSession", NameSignals.Ftp)]
    [InlineData("IFtpServer", NameSignals.Ftp)]
    [InlineData("ftp_client", NameSignals.Ftp)]
    [InlineData("Ftp2Uploader", NameSignals.Ftp)]
    [InlineData("FtpsConnection", NameSignals.Ftp)]
    [InlineData("SftpClient", NameSignals.OtherProtocol)]
    [InlineData("HttpStatusCode", NameSignals.OtherProtocol | NameSignals.ReplyLike)]
    [InlineData("SMTPReply", NameSignals.OtherProtocol | NameSignals.ReplyLike)]
    [InlineData("Pop3Client", NameSignals.OtherProtocol)]
    [InlineData("HttpFtpGateway", NameSignals.Ftp | NameSignals.OtherProtocol)]
    [InlineData("Web", NameSignals.OtherProtocol)]
    [InlineData("AspNetCore", NameSignals.OtherProtocol)]
    [InlineData("replyCode", NameSignals.ReplyLike)]
    [InlineData("_lastResponse", NameSignals.ReplyLike)]
    [InlineData("m_nReplyCode", NameSignals.ReplyLike)]
    [InlineData("bytesRead", NameSignals.NotReply)]
    [InlineData("rc", NameSignals.ReplyLike)]
    [InlineData("proxyStatus", NameSignals.NotReply | NameSignals.ReplyLike)]
    [InlineData("TimeoutMs", NameSignals.NotReply)]
    [InlineData("ExitCode", NameSignals.NotReply | NameSignals.ReplyLike)]
    [InlineData("GetHashCode", NameSignals.NotReply | NameSignals.ReplyLike)]
    [InlineData("Unicode", NameSignals.None)]
    [InlineData("Encoding", NameSignals.None)]
    [InlineData("RestartMarker", NameSignals.None)]
    [InlineData("Gossip", NameSignals.None)]
    [InlineData("", NameSignals.None)]
    public void Classifies_names_by_their_words(string name, object expected) =>
        Assert.Equal((NameSignals)expected, ProtocolVocabulary.Classify(name));

    [Fact]
    public void FtpWebRequest_is_FTP_only_although_it_contains_Web() =>
        Assert.Equal(NameSignals.Ftp, ProtocolVocabulary.Classify("FtpWebRequest"));

    [Theory]
    [InlineData("CWD /incoming", NameSignals.Ftp)]
    [InlineData("PASV", NameSignals.Ftp)]
    [InlineData("PASV\r\n", NameSignals.Ftp)]
    [InlineData("USER anonymous", NameSignals.Ftp)]
    [InlineData("AUTH TLS", NameSignals.Ftp)]
    [InlineData("AUTH LOGIN", NameSignals.OtherProtocol)]
    [InlineData("AUTH GSSAPI", NameSignals.ReplyLike)]
    [InlineData("AUTH TLS-P", NameSignals.Ftp)]
    [InlineData("AUTH TLS refused: ", NameSignals.Ftp)]
    [InlineData("AUTH GSSAPI: ", NameSignals.ReplyLike)]
    [InlineData("AUTH XYZ", NameSignals.ReplyLike)]
    [InlineData("EHLO example.org", NameSignals.OtherProtocol)]
    [InlineData("MAIL FROM:<a@b.c>", NameSignals.OtherProtocol)]
    [InlineData("HTTP/1.1 200 OK", NameSignals.OtherProtocol)]
    [InlineData("QUIT", NameSignals.ReplyLike)]
    [InlineData("NOOP", NameSignals.ReplyLike)]
    [InlineData("LIST", NameSignals.ReplyLike)]
    [InlineData("STAT", NameSignals.ReplyLike)]
    [InlineData("CWDX", NameSignals.None)]
    [InlineData("Type mismatch", NameSignals.None)]
    [InlineData("550", NameSignals.None)]
    [InlineData(null, NameSignals.None)]
    public void Classifies_command_lines_by_their_verb(string? text, object expected) =>
        Assert.Equal((NameSignals)expected, FtpCommandVocabulary.ClassifyCommandText(text));

    [Theory]
    [InlineData(550, true)]
    [InlineData(430, true)]
    [InlineData(100, false)]
    [InlineData(299, false)]
    [InlineData(10054, false)]
    [InlineData(-550, false)]
    public void Reply_code_index_knows_exactly_the_catalog(int code, bool known) =>
        Assert.Equal(known, ReplyCodeIndex.Find(code) is not null);

    [Theory]
    [InlineData("550", true)]
    [InlineData("55", false)]
    [InlineData("5500", false)]
    [InlineData("5a0", false)]
    [InlineData("299", false)]
    public void Reply_code_index_reads_three_digit_strings_only(string text, bool known) =>
        Assert.Equal(known, ReplyCodeIndex.FindConstant(text) is not null);

    [Fact]
    public void Reply_code_index_reads_every_integer_literal_type()
    {
        Assert.NotNull(ReplyCodeIndex.FindConstant(550L));
        Assert.NotNull(ReplyCodeIndex.FindConstant(550U));
        Assert.NotNull(ReplyCodeIndex.FindConstant(550UL));
        Assert.Null(ReplyCodeIndex.FindConstant(550.0));
        Assert.Null(ReplyCodeIndex.FindConstant('5'));
        Assert.Null(ReplyCodeIndex.FindConstant(null));
    }
}
