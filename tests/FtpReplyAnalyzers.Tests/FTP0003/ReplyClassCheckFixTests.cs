using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// The FTP0003 fix compares the hundreds with the <c>FtpReplyClass</c> member of each class tested
/// (<c>code / 100 == (int)FtpReplyClass.TransientNegative</c>: constants, nothing of ours at run time), and only where that
/// is identical to the check for every value. Each fix test also runs Fix All in document, project and solution (the
/// testing library does), so the one equivalence key is checked too.
/// </summary>
public sealed class ReplyClassCheckFixTests
{
    internal const string RangeChecks = """
        class FtpSession
        {
            bool A(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
            bool B(int replyCode) => [|400 <= replyCode && replyCode <= 499|];
            bool C(int replyCode) => [|replyCode > 99 && replyCode < 400|];
            bool D(int replyCode) => [|replyCode >= 400 && replyCode < 600|];
            bool E(int replyCode) => [|replyCode >= 600 && replyCode <= 699|];
        }
        """;

    [Fact]
    public Task Range_checks_compare_the_hundreds_with_the_class_and_the_using_is_added() => VerifyFtp0003.VerifyCodeFixAsync(
        RangeChecks,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool B(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool C(int replyCode) => replyCode / 100 == (int)FtpReplyClass.PositivePreliminary || replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate;
            bool D(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
            bool E(int replyCode) => replyCode / 100 == (int)FtpReplyClass.Protected;
        }
        """);

    internal const string Negations = """
        class FtpSession
        {
            bool A(int replyCode) => [|replyCode < 400 || replyCode >= 500|];
            bool B(int replyCode) => [|replyCode / 100 != 2|];
            bool C(int replyCode) => [|replyCode is not (>= 100 and < 200)|];
            bool D(int replyCode) => [|replyCode is < 300 or > 399|];
            bool E(int replyCode) => !([|replyCode >= 500 && replyCode < 600|]);
        }
        """;

    [Fact]
    public Task Negations_compare_with_not_equals() => VerifyFtp0003.VerifyCodeFixAsync(
        Negations,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int replyCode) => replyCode / 100 != (int)FtpReplyClass.TransientNegative;
            bool B(int replyCode) => replyCode / 100 != (int)FtpReplyClass.PositiveCompletion;
            bool C(int replyCode) => replyCode / 100 != (int)FtpReplyClass.PositivePreliminary;
            bool D(int replyCode) => replyCode / 100 != (int)FtpReplyClass.PositiveIntermediate;
            bool E(int replyCode) => !(replyCode / 100 == (int)FtpReplyClass.PermanentNegative);
        }
        """);

    [Fact]
    public Task Division_and_patterns_keep_their_operand_as_written() => VerifyFtp0003.VerifyCodeFixAsync(
        [
            """
            using System.Net;

            class Downloader
            {
                bool A(FtpWebResponse response) => [|(int)response.StatusCode / 100 == 5|];
                bool B(FluentFTP.FtpReply reply) => [|2 == int.Parse(reply.Code) / 100|];
                bool C(FtpWebResponse response) => [|(int)response.StatusCode is >= 400 and <= 499|];
                bool D(FtpWebResponse response) => [|(int)response.StatusCode >= 200 && (int)response.StatusCode < 300|];
            }
            """,
            StandIns.FluentFtp,
        ],
        [
            """
            using System.Net;
            using FtpReplyAnalyzers;

            class Downloader
            {
                bool A(FtpWebResponse response) => (int)response.StatusCode / 100 == (int)FtpReplyClass.PermanentNegative;
                bool B(FluentFTP.FtpReply reply) => int.Parse(reply.Code) / 100 == (int)FtpReplyClass.PositiveCompletion;
                bool C(FtpWebResponse response) => (int)response.StatusCode / 100 == (int)FtpReplyClass.TransientNegative;
                bool D(FtpWebResponse response) => (int)response.StatusCode / 100 == (int)FtpReplyClass.PositiveCompletion;
            }
            """,
            StandIns.FluentFtp,
        ]);

    internal const string NarrowOperands = """
        class FtpClientSession
        {
            private short lastReplyCode;

            public int ReplyCode { get; set; }

            bool A() => [|lastReplyCode >= 400 && lastReplyCode < 500|];
            bool B() => [|this.ReplyCode / 100 == 3|];
            bool C(FtpClientSession other) => [|other.ReplyCode >= 100 && other.ReplyCode < 200|];
            bool D(ushort replyCode) => [|replyCode is >= 200 and < 300|];
        }
        """;

    [Fact]
    public Task Narrow_integer_operands_and_fields_and_properties() => VerifyFtp0003.VerifyCodeFixAsync(
        NarrowOperands,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            private short lastReplyCode;

            public int ReplyCode { get; set; }

            bool A() => lastReplyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool B() => this.ReplyCode / 100 == (int)FtpReplyClass.PositiveIntermediate;
            bool C(FtpClientSession other) => other.ReplyCode / 100 == (int)FtpReplyClass.PositivePreliminary;
            bool D(ushort replyCode) => replyCode / 100 == (int)FtpReplyClass.PositiveCompletion;
        }
        """);

    [Fact]
    public Task Trivia_and_surrounding_code_are_kept() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        namespace MyApp.Ftp
        {
            using FtpReplyAnalyzers;

            class Session
            {
                bool Retry(int replyCode)
                {
                    if (/* transient */ [|replyCode >= 400 && replyCode < 500|] // retry later
                        && replyCode != 0)
                    {
                        return true;
                    }

                    return ([|replyCode / 100 == 4|]).Equals(true);
                }
            }
        }
        """,
        """
        namespace MyApp.Ftp
        {
            using FtpReplyAnalyzers;

            class Session
            {
                bool Retry(int replyCode)
                {
                    if (/* transient */ replyCode / 100 == (int)FtpReplyClass.TransientNegative // retry later
                        && replyCode != 0)
                    {
                        return true;
                    }

                    return (replyCode / 100 == (int)FtpReplyClass.TransientNegative).Equals(true);
                }
            }
        }
        """);

    [Fact]
    public Task Fix_all_in_a_document_fixes_every_shape_at_once() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        using System.Net;

        class FtpTransfer
        {
            bool Check(int replyCode, FtpWebResponse response)
            {
                var transient = [|replyCode >= 400 && replyCode < 500|];
                var permanent = [|(int)response.StatusCode / 100 == 5|];
                var done = [|replyCode is >= 200 and <= 299|];
                var other = [|replyCode < 100 || replyCode > 399|];
                return transient || permanent || done || other;
            }
        }
        """,
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class FtpTransfer
        {
            bool Check(int replyCode, FtpWebResponse response)
            {
                var transient = replyCode / 100 == (int)FtpReplyClass.TransientNegative;
                var permanent = (int)response.StatusCode / 100 == (int)FtpReplyClass.PermanentNegative;
                var done = replyCode / 100 == (int)FtpReplyClass.PositiveCompletion;
                var other = replyCode / 100 != (int)FtpReplyClass.PositivePreliminary && replyCode / 100 != (int)FtpReplyClass.PositiveCompletion && replyCode / 100 != (int)FtpReplyClass.PositiveIntermediate;
                return transient || permanent || done || other;
            }
        }
        """);

    [Fact]
    public Task Fix_all_across_documents() => VerifyFtp0003.VerifyCodeFixAsync(
        [
            """
            class FtpUpload
            {
                bool Retry(int replyCode, int lastCode) => [|replyCode / 100 == 4|] || [|lastCode >= 100 && lastCode < 200|];
            }
            """,
            """
            using FtpReplyAnalyzers;

            class FtpDownload
            {
                bool Failed(int replyCode) => [|replyCode >= 400 && replyCode <= 599|];
            }
            """,
        ],
        [
            """
            using FtpReplyAnalyzers;

            class FtpUpload
            {
                bool Retry(int replyCode, int lastCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative || lastCode / 100 == (int)FtpReplyClass.PositivePreliminary;
            }
            """,
            """
            using FtpReplyAnalyzers;

            class FtpDownload
            {
                bool Failed(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
            }
            """,
        ]);

    internal const string VendorNameInScope = """
        using Vendor.Ftp;

        namespace Vendor.Ftp
        {
            public enum FtpReplyCode { Ok = 200 }
        }

        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Transient(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
        }
        """;

    [Fact]
    public Task Vendor_name_in_scope_gets_a_qualified_class_and_no_using() => VerifyFtp0003.VerifyCodeFixAsync(
        VendorNameInScope,
        """
        using Vendor.Ftp;

        namespace Vendor.Ftp
        {
            public enum FtpReplyCode { Ok = 200 }
        }

        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Transient(int replyCode) => replyCode / 100 == (int)FtpReplyAnalyzers.FtpReplyClass.TransientNegative;
        }
        """);

    // Parentheses keep an operand's operators together (the subject of `(replyCode ?? 0) / 100` is `replyCode ?? 0`).
    [Fact]
    public Task Operand_with_operators_keeps_them_together() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool A(int? replyCode) => [|(replyCode ?? 0) / 100 == 2|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int? replyCode) => (replyCode ?? 0) / 100 == (int)FtpReplyClass.PositiveCompletion;
        }
        """);

    // Several comparisons where one check stood: parenthesised where the conditions around would bind to them.
    [Fact]
    public Task Several_classes_between_other_conditions_stay_together() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool A(int replyCode, int retries) => [|replyCode >= 400 && replyCode < 600|] && retries < 3;
            bool B(int replyCode, bool connected) => connected && [|replyCode is >= 400 and < 600|];
            bool C(int replyCode, bool ok) => ok == [|replyCode is not (>= 400 and < 600)|];
            bool D(int replyCode) => [|replyCode >= 400 && replyCode < 600|];
            bool E(int replyCode, bool ok) => ok || [|replyCode >= 400 && replyCode < 600|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int replyCode, int retries) => (replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative) && retries < 3;
            bool B(int replyCode, bool connected) => connected && (replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative);
            bool C(int replyCode, bool ok) => ok == (replyCode / 100 != (int)FtpReplyClass.TransientNegative && replyCode / 100 != (int)FtpReplyClass.PermanentNegative);
            bool D(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
            bool E(int replyCode, bool ok) => ok || (replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative);
        }
        """);

    // A pattern read its value once: the two comparisons it becomes would read a field or a property twice, and another
    // thread may write it between the reads. Only a local or a parameter gets them.
    [Fact]
    public Task Several_classes_of_a_field_read_once_get_no_fix() => VerifyFtp0003.VerifyNoCodeFixAsync(
        """
        class FtpSession
        {
            private int lastReplyCode;

            bool A() => [|lastReplyCode is >= 400 and < 600|];
        }
        """);

    // Several classes are several comparisons, each reading the value: only for a value that reads the same every time.
    [Fact]
    public Task A_range_of_several_classes_from_a_call_is_reported_without_a_fix() => VerifyFtp0003.VerifyNoCodeFixAsync(
        """
        class FtpSession
        {
            int ReadReplyCode() => 0;

            bool A() => [|ReadReplyCode() is >= 400 and < 600|];
        }
        """);

    [Fact]
    public Task Operand_read_twice_from_a_call_is_reported_without_a_fix() => VerifyFtp0003.VerifyNoCodeFixAsync(
        """
        class FtpSession
        {
            int ReadReplyCode() => 0;

            bool A() => [|ReadReplyCode() >= 400 && ReadReplyCode() < 500|];
        }
        """);

    // Integer division truncates toward zero in every integer type: the same 400 to 499 for long, uint and ulong.
    [Fact]
    public Task Wider_integer_types_compare_the_same_way() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool A(long replyCode) => [|replyCode >= 400 && replyCode < 500|];
            bool B(uint replyCode) => [|replyCode / 100 == 4|];
            bool C(ulong replyCode) => [|replyCode is >= 400 and < 500|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(long replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool B(uint replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool C(ulong replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
        }
        """);

    [Fact]
    public Task String_codes_are_reported_without_a_fix() => VerifyFtp0003.VerifyNoCodeFixAsync(
        [
            """
            using FluentFTP;

            class Uploader
            {
                bool A(FtpReply reply) => [|reply.Code[0] == '4'|];
                bool B(FtpReply reply) => [|reply.Code.StartsWith("5")|];
                bool C(FtpReply reply) => [|reply.Code?.StartsWith("2", System.StringComparison.Ordinal)|] == true;
            }
            """,
            StandIns.FluentFtp,
        ]);

    [Fact]
    public Task Expression_trees_get_no_fix() => VerifyFtp0003.VerifyNoCodeFixAsync(
        """
        using System;
        using System.Linq.Expressions;

        class FtpReplyLog
        {
            Expression<Func<int, bool>> Transient = replyCode => [|replyCode >= 400 && replyCode < 500|];
        }
        """);

    [Fact]
    public Task Without_the_bundled_library_no_fix_is_offered() => VerifyFtp0003.VerifyNoCodeFixWithoutLibraryAsync(
        """
        class FtpSession
        {
            bool Transient(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
        }
        """);
}
