using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// A switch on the first character of a reply (<c>switch (reply.Code[0]) { case '4': ... }</c>) and a one-digit prefix of
/// a reply line (<c>response.StartsWith("2")</c>): class checks, each class label reported, with no fix (a label cannot
/// call a helper). The same switch in SMTP code, on a name, or on another character is not reported.
/// </summary>
public sealed class ReplyClassSwitchTests
{
    [Fact]
    public Task Class_labels_of_a_switch_on_the_first_character_and_one_digit_prefixes() => VerifyFtp0003.VerifyAnalyzerAsync(["""
        using System.IO;
        using FluentFTP;

        class FtpTransfer
        {
            private readonly StreamReader control = new StreamReader(Stream.Null);

            int Classify(FtpReply reply)
            {
                switch (reply.Code[0])
                {
                    case [|'4'|]:
                        return 1;
                    case [|'5'|]:
                        return 2;
                    case 'x':
                        return 3;
                    default:
                        return 0;
                }
            }

            string Describe(FtpReply reply) => reply.Code[0] switch
            {
                [|'2'|] => "done",
                [|'3'|] => "next",
                _ => "other",
            };

            bool Done()
            {
                var response = control.ReadLine() ?? "";
                return [|response.StartsWith("2")|];
            }
        }
        """, StandIns.FluentFtp]);

    [Fact]
    public Task The_same_switch_in_SMTP_code_on_a_name_or_another_character_is_not_reported() => VerifyFtp0003.VerifyAnalyzerAsync(["""
        using System.IO;
        using FluentFTP;

        class SmtpSession
        {
            int Classify(string response)
            {
                switch (response[0])
                {
                    case '4': return 1;
                    case '5': return 2;
                    default: return 0;
                }
            }
        }

        class FtpTransfer
        {
            int Pick(string fileName, FtpReply reply)
            {
                switch (fileName[0])
                {
                    case '4': return 1;
                }

                switch (reply.Code[1])
                {
                    case '5': return 2;
                }

                // Positive control: the reply's first character, in the same class.
                switch (reply.Code[0])
                {
                    case [|'5'|]: return 3;
                }

                return 0;
            }
        }
        """, StandIns.FluentFtp]);

    [Fact]
    public Task No_fix_for_a_class_label() => VerifyFtp0003.VerifyNoCodeFixAsync(["""
        using FluentFTP;

        class FtpTransfer
        {
            int Classify(FtpReply reply)
            {
                switch (reply.Code[0])
                {
                    case [|'4'|]: return 1;
                    default: return 0;
                }
            }
        }
        """, StandIns.FluentFtp]);
}
