using Xunit;
using static FtpReplyAnalyzers.Tests.FTP0003.ReplyClassResults;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// With <c>ftp_reply_analyzers.class_check_fix = helpers</c>, the FTP0003 fix calls the <c>FtpReplyCodes</c> helper that
/// tests exactly the same values (the default compares with <c>FtpReplyClass</c>: <see cref="ReplyClassCheckFixTests"/>).
/// The behaviour tests run both forms over every input.
/// </summary>
public sealed class ReplyClassHelperFixTests
{
    private const string Helpers = "ftp_reply_analyzers.class_check_fix = helpers";

    [Fact]
    public Task Range_checks_become_the_helper_and_the_using_is_added() => VerifyFtp0003.VerifyCodeFixWithOptionsAsync(
        Helpers,
        ReplyClassCheckFixTests.RangeChecks,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int replyCode) => FtpReplyCodes.IsTransientNegative(replyCode);
            bool B(int replyCode) => FtpReplyCodes.IsTransientNegative(replyCode);
            bool C(int replyCode) => FtpReplyCodes.IsPositive(replyCode);
            bool D(int replyCode) => FtpReplyCodes.IsNegative(replyCode);
            bool E(int replyCode) => FtpReplyCodes.IsProtected(replyCode);
        }
        """);

    [Fact]
    public Task Negations_get_a_not() => VerifyFtp0003.VerifyCodeFixWithOptionsAsync(
        Helpers,
        ReplyClassCheckFixTests.Negations,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int replyCode) => !FtpReplyCodes.IsTransientNegative(replyCode);
            bool B(int replyCode) => !FtpReplyCodes.IsPositiveCompletion(replyCode);
            bool C(int replyCode) => !FtpReplyCodes.IsPositivePreliminary(replyCode);
            bool D(int replyCode) => !FtpReplyCodes.IsPositiveIntermediate(replyCode);
            bool E(int replyCode) => !(FtpReplyCodes.IsPermanentNegative(replyCode));
        }
        """);

    [Fact]
    public Task Narrow_integer_operands_and_fields_and_properties() => VerifyFtp0003.VerifyCodeFixWithOptionsAsync(
        Helpers,
        ReplyClassCheckFixTests.NarrowOperands,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            private short lastReplyCode;

            public int ReplyCode { get; set; }

            bool A() => FtpReplyCodes.IsTransientNegative(lastReplyCode);
            bool B() => FtpReplyCodes.IsPositiveIntermediate(this.ReplyCode);
            bool C(FtpClientSession other) => FtpReplyCodes.IsPositivePreliminary(other.ReplyCode);
            bool D(ushort replyCode) => FtpReplyCodes.IsPositiveCompletion(replyCode);
        }
        """);

    [Fact]
    public Task Vendor_name_in_scope_gets_a_qualified_helper_and_no_using() => VerifyFtp0003.VerifyCodeFixWithOptionsAsync(
        Helpers,
        ReplyClassCheckFixTests.VendorNameInScope,
        """
        using Vendor.Ftp;

        namespace Vendor.Ftp
        {
            public enum FtpReplyCode { Ok = 200 }
        }

        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Transient(int replyCode) => FtpReplyAnalyzers.FtpReplyCodes.IsTransientNegative(replyCode);
        }
        """);

    [Fact]
    public Task The_fix_writes_the_one_helper_or_the_fewest_joined() => VerifyFtp0003.VerifyCodeFixWithOptionsAsync(
        Helpers,
        ReplyClassChainTests.Chains,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            private int lastReplyCode;

            bool A(int replyCode) => FtpReplyCodes.IsNegative(replyCode);
            bool B(int replyCode) => FtpReplyCodes.IsPositive(replyCode);
            bool C() => FtpReplyCodes.IsPositiveCompletion(lastReplyCode) || FtpReplyCodes.IsPositiveIntermediate(lastReplyCode);
            bool D(short replyCode) => !FtpReplyCodes.IsNegative(replyCode);
            bool E(int replyCode) => !FtpReplyCodes.IsPositiveCompletion(replyCode) && !FtpReplyCodes.IsPositiveIntermediate(replyCode);
            bool F(int replyCode) => FtpReplyCodes.IsPositivePreliminary(replyCode) || FtpReplyCodes.IsPositiveIntermediate(replyCode) || FtpReplyCodes.IsProtected(replyCode);
            bool G(int replyCode, bool closed) => closed && (FtpReplyCodes.IsPositiveCompletion(replyCode) || FtpReplyCodes.IsPositiveIntermediate(replyCode));
            bool H(int replyCode) => !(FtpReplyCodes.IsPositiveCompletion(replyCode) || FtpReplyCodes.IsPositiveIntermediate(replyCode));
        }
        """);

    // The helpers take an int, and a cast would change the answer for values outside its range: wider values get the
    // comparison, in the fix and in the message.
    [Fact]
    public Task Wider_integer_types_get_the_comparison() => VerifyFtp0003.VerifyCodeFixWithOptionsAsync(
        Helpers,
        """
        class FtpSession
        {
            bool A(long replyCode) => [|replyCode >= 400 && replyCode < 500|];
            bool B(uint replyCode) => [|replyCode / 100 == 4|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(long replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool B(uint replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
        }
        """);

    [Fact]
    public Task Wider_integer_types_are_told_the_comparison() => VerifyFtp0003.VerifyAnalyzerWithOptionsAsync(
        Helpers,
        """
        class FtpSession
        {
            bool A(long replyCode) => {|#0:replyCode >= 400 && replyCode < 500|};
        }
        """,
        Diagnostic(0, "is transient negative (4yz)", "replyCode / 100 == (int)FtpReplyClass.TransientNegative"));
}
