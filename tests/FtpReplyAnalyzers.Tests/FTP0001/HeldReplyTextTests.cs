using FtpReplyAnalyzers.FTP0001;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Reply text kept before it is written or returned: in a local, a field, the code base's own helper's parameter, a
/// StringBuilder, a switch's arms, a list of lines; u8 replies through any write API; the last line of a multi-line
/// reply in one literal (reported without a fix, before and after the first line is fixed). The same text kept for a
/// log, or in SMTP code, is not reported.
/// </summary>
public sealed class HeldReplyTextTests
{
    [Fact]
    public Task Reply_text_kept_in_locals_fields_parameters_and_builders() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        class FtpCommandProcessor
        {
            private static readonly byte[] Greeting = "[|220|] Service ready\r\n"u8.ToArray();
            private readonly Stream control = Stream.Null;
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);

            string Process(string verb, bool busy)
            {
                string response = "[|200|] Command okay.";
                switch (verb)
                {
                    case "CWD":
                        response = busy ? "[|450|] Busy, try later" : "[|250|] Directory changed";
                        break;
                    case "QUIT":
                        CloseConnection("[|221|] Goodbye");
                        break;
                }

                return response;
            }

            string Features()
            {
                var sb = new StringBuilder();
                sb.Append("[|211|]-Features:\r\n");
                sb.Append(" UTF8\r\n");
                sb.Append("[|211|] End");
                return sb.ToString();
            }

            string Help()
            {
                var help = new StringBuilder("[|214|]-Commands:\r\n");
                help.Append("[|214|] Help OK.");
                return help.ToString();
            }

            string Simple(string verb) => verb switch
            {
                "NOOP" => "[|200|] OK",
                "SYST" => "[|215|] UNIX Type: L8",
                _ => "[|502|] Command not implemented.",
            };

            string Feat() => "[|211|]-Extensions supported:\r\n MDTM\r\n[|211|] END\r\n";

            async Task Greet(CancellationToken ct)
            {
                await control.WriteAsync(Greeting, ct);
                await control.WriteAsync("[|226|] Transfer complete.\r\n"u8.ToArray(), ct);
            }

            void CloseConnection(string farewell) => writer.WriteLine(farewell);
        }
        """);

    [Fact]
    public Task The_same_text_kept_for_a_log_or_in_SMTP_code_is_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;
        using System.IO;
        using System.Text;

        class FtpMirrorJob
        {
            private readonly StreamWriter log = new StreamWriter(Stream.Null);

            void Report(int copied)
            {
                // A summary compared with what it should say, and a log line kept in a local: neither is a reply.
                string text = copied + " files copied";
                if (text != "550 files copied, 0 skipped") { }
                string line = "421 directories scanned";
                Console.WriteLine(line);

                // Positive control: the same class writes a reply kept in a local.
                string reply = "[|226|] Transfer complete";
                log.WriteLine(reply);
            }
        }

        class SmtpSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);

            string Process(string verb)
            {
                string response = "250 OK";
                if (verb == "DATA") response = "354 Start mail input";
                var sb = new StringBuilder("250-smtp.example.com\r\n");
                sb.Append("250 SIZE 10240000");
                writer.WriteLine(sb.ToString());
                Close("221 Bye");
                return response;
            }

            void Close(string farewell) => writer.WriteLine(farewell);

            private static readonly byte[] Greeting = "220 smtp.example.com ESMTP\r\n"u8.ToArray();
            void Greet(Stream control) => control.Write(Greeting);
        }
        """);

    [Fact]
    public Task Fix_builds_the_kept_text_from_the_constants_and_leaves_u8()
    {
        const string Fixed = """
            using System.IO;
            using FtpReplyAnalyzers;

            class FtpCommandProcessor
            {
                private readonly Stream control = Stream.Null;

                string Process(bool ok)
                {
                    string response = FtpReplyCodeStrings.CommandOk + " Command okay.";
                    if (!ok) response = FtpReplyCodeStrings.FileUnavailable + " Failed.";
                    control.Write("[|226|] Done\r\n"u8.ToArray());
                    return response;
                }

                string Feat() => FtpReplyCodeStrings.SystemStatus + "-Extensions:\r\n MDTM\r\n" + FtpReplyCodeStrings.SystemStatus + " END";
            }
            """;

        // The u8 reply has no fix, and stays reported after the others are fixed; the later line of the multi-line reply is
        // cut out of its literal with the first line (Fix All), or after it (one by one: the rest of the literal, the right
        // operand of a +, keeps its parentheses).
        return VerifyFtp0001.VerifyCodeFixByKeyAsync(
            MagicReplyCodeContract.EquivalenceKey,
            """
            using System.IO;

            class FtpCommandProcessor
            {
                private readonly Stream control = Stream.Null;

                string Process(bool ok)
                {
                    string response = "[|200|] Command okay.";
                    if (!ok) response = "[|550|] Failed.";
                    control.Write("[|226|] Done\r\n"u8.ToArray());
                    return response;
                }

                string Feat() => "[|211|]-Extensions:\r\n MDTM\r\n[|211|] END";
            }
            """,
            Fixed.Replace(
                "\"-Extensions:\\r\\n MDTM\\r\\n\" + FtpReplyCodeStrings.SystemStatus + \" END\"",
                "(\"-Extensions:\\r\\n MDTM\\r\\n\" + FtpReplyCodeStrings.SystemStatus + \" END\")",
                StringComparison.Ordinal),
            Fixed,
            iterations: 4);
    }
}
