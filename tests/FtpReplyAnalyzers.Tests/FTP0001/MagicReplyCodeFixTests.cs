using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// The FTP0001 fix writes a named member and keeps the program identical: same value, same type, constant where
/// a constant is needed. Each test also runs Fix All in document, project and solution (the testing library does).
/// </summary>
public sealed class MagicReplyCodeFixTests
{
    [Fact]
    public Task Int_comparison_gets_a_cast_bundled_member_and_a_using() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == [|421|] || [|425|] == replyCode;
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable || (int)FtpReplyCode.CannotOpenDataConnection == replyCode;
        }
        """);

    [Fact]
    public Task Cast_FtpStatusCode_comparison_compares_the_enum_instead() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => (int)response.StatusCode == [|550|];
            bool Done(FtpWebResponse response) => [|226|] != (int)response.StatusCode;
        }
        """,
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => response.StatusCode == FtpStatusCode.ActionNotTakenFileUnavailable;
            bool Done(FtpWebResponse response) => FtpStatusCode.ClosingData != response.StatusCode;
        }
        """);

    // A number cast to FtpStatusCode and back is an FTP reply as much as the enum value it came from, before the fix
    // names a cast literal (550 below) and after (found by the reliability harness: the 421 was fixed only by a second
    // Fix All, once the first had written (int)FtpStatusCode.ActionNotTakenFileUnavailable).
    [Fact]
    public Task Number_cast_to_FtpStatusCode_and_back_compares_the_enum() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.Net;

        class Downloader
        {
            bool Unavailable(int status) => (int)(FtpStatusCode)status == [|421|];
            bool Same() => (int)(FtpStatusCode)[|550|] == [|421|];
        }
        """,
        """
        using System.Net;

        class Downloader
        {
            bool Unavailable(int status) => (FtpStatusCode)status == FtpStatusCode.ServiceNotAvailable;
            bool Same() => FtpStatusCode.ActionNotTakenFileUnavailable == FtpStatusCode.ServiceNotAvailable;
        }
        """);

    [Fact]
    public Task Cast_to_FtpStatusCode_becomes_the_BCL_member_or_the_bundled_one_where_the_BCL_lacks_it() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.Net;

        class Downloader
        {
            FtpStatusCode Missing() => (FtpStatusCode)[|550|];
            FtpStatusCode Passive() => (FtpStatusCode)[|229|];
        }
        """,
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class Downloader
        {
            FtpStatusCode Missing() => FtpStatusCode.ActionNotTakenFileUnavailable;
            FtpStatusCode Passive() => (FtpStatusCode)FtpReplyCode.EnteringExtendedPassiveMode;
        }
        """);

    [Fact]
    public Task Cast_to_the_bundled_enum_becomes_its_member() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using FtpReplyAnalyzers;

        class Table
        {
            FtpReplyCode Code() => (FtpReplyCode)[|421|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class Table
        {
            FtpReplyCode Code() => FtpReplyCode.ServiceNotAvailable;
        }
        """);

    [Fact]
    public Task Case_labels_arms_and_patterns_stay_constant() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpClientSession
        {
            string Describe(int replyCode)
            {
                switch (replyCode)
                {
                    case [|226|]:
                        return "done";
                }

                return replyCode switch
                {
                    [|421|] or [|425|] => "retry",
                    not [|530|] => "other",
                    _ => "login",
                };
            }

            bool Transient(int replyCode) => replyCode is [|421|] or [|426|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            string Describe(int replyCode)
            {
                switch (replyCode)
                {
                    case (int)FtpReplyCode.ClosingDataConnection:
                        return "done";
                }

                return replyCode switch
                {
                    (int)FtpReplyCode.ServiceNotAvailable or (int)FtpReplyCode.CannotOpenDataConnection => "retry",
                    not (int)FtpReplyCode.NotLoggedIn => "other",
                    _ => "login",
                };
            }

            bool Transient(int replyCode) => replyCode is (int)FtpReplyCode.ServiceNotAvailable or (int)FtpReplyCode.ConnectionClosedTransferAborted;
        }
        """);

    [Fact]
    public Task Long_literal_keeps_its_type() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpClientSession
        {
            bool Done(long replyCode) => replyCode == [|226L|];
            bool Equal(object replyCode) => replyCode.Equals([|226|]);
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            bool Done(long replyCode) => replyCode == (long)FtpReplyCode.ClosingDataConnection;
            bool Equal(object replyCode) => replyCode.Equals((int)FtpReplyCode.ClosingDataConnection);
        }
        """);

    [Fact]
    public Task Server_arguments_and_assignments() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpResponse
        {
            public FtpResponse(int code, string message) { Code = code; }
            public int Code { get; set; }
        }

        class FtpSession
        {
            FtpResponse Dele() => new FtpResponse([|550|], "No such file") { Code = [|553|] };
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpResponse
        {
            public FtpResponse(int code, string message) { Code = code; }
            public int Code { get; set; }
        }

        class FtpSession
        {
            FtpResponse Dele() => new FtpResponse((int)FtpReplyCode.FileUnavailable, "No such file") { Code = (int)FtpReplyCode.FileNameNotAllowed };
        }
        """);

    [Fact]
    public Task String_comparison_uses_the_code_string_of_the_member() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpClientSession
        {
            bool Missing(string replyCode) => replyCode == [|"550"|] || replyCode.Equals([|"553"|]);
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            bool Missing(string replyCode) => replyCode == FtpReplyCodeStrings.FileUnavailable || replyCode.Equals(FtpReplyCodeStrings.FileNameNotAllowed);
        }
        """);

    [Fact]
    public Task Trivia_and_comments_are_kept() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool Retry(int replyCode) =>
                replyCode == /* busy */ [|421|] // too many users
                || replyCode == [|425|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Retry(int replyCode) =>
                replyCode == /* busy */ (int)FtpReplyCode.ServiceNotAvailable // too many users
                || replyCode == (int)FtpReplyCode.CannotOpenDataConnection;
        }
        """);

    [Fact]
    public Task Existing_using_inside_a_namespace_is_reused() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        namespace App.Ftp
        {
            using FtpReplyAnalyzers;

            class Session
            {
                FtpReplyCode Last;
                bool Done(int replyCode) => replyCode == [|226|];
            }
        }
        """,
        """
        namespace App.Ftp
        {
            using FtpReplyAnalyzers;

            class Session
            {
                FtpReplyCode Last;
                bool Done(int replyCode) => replyCode == (int)FtpReplyCode.ClosingDataConnection;
            }
        }
        """);

    [Fact]
    public Task String_case_labels_and_patterns_get_the_constants() => VerifyFtp0001.VerifyCodeFixAsync(
        // A case label and a combined pattern need constants, which FtpReplyCodeStrings' are; `object is "421"` also tests
        // the type, so it stays a pattern, its name in parentheses (without them `is` would read a type's name).
        """
        class FtpReply { public string Code { get; set; } = ""; }

        class FtpClientSession
        {
            string Describe(string replyCode, object reply, FtpReply last)
            {
                switch (replyCode)
                {
                    case [|"226"|]:
                        return "done";
                    case [|"150"|] when last.Code.Length == 3:
                        return "opening";
                }

                if (reply is [|"421"|] || replyCode is ([|"425"|]) || reply is not [|"426"|] || last is { Code: [|"530"|] })
                {
                    return "busy";
                }

                return replyCode is [|"550"|] or [|"450"|] ? "missing" : replyCode switch { [|"230"|] => "in", _ => "other" };
            }
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpReply { public string Code { get; set; } = ""; }

        class FtpClientSession
        {
            string Describe(string replyCode, object reply, FtpReply last)
            {
                switch (replyCode)
                {
                    case FtpReplyCodeStrings.ClosingDataConnection:
                        return "done";
                    case FtpReplyCodeStrings.OpeningDataConnection when last.Code.Length == 3:
                        return "opening";
                }

                if (reply is (FtpReplyCodeStrings.ServiceNotAvailable) || replyCode is (FtpReplyCodeStrings.CannotOpenDataConnection) || reply is not FtpReplyCodeStrings.ConnectionClosedTransferAborted || last is { Code: FtpReplyCodeStrings.NotLoggedIn })
                {
                    return "busy";
                }

                return replyCode is FtpReplyCodeStrings.FileUnavailable or FtpReplyCodeStrings.FileTemporarilyUnavailable ? "missing" : replyCode switch { FtpReplyCodeStrings.UserLoggedIn => "in", _ => "other" };
            }
        }
        """);

    [Fact]
    public Task A_string_is_pattern_becomes_an_equality_test() => VerifyFtp0001.VerifyCodeFixAsync(
        // `s is "550"` and `s == "550"` agree for every string, null included (both false); `is not` and != likewise.
        """
        class FtpReply { public string? Code { get; set; } }

        class FtpClientSession
        {
            string Describe(FtpReply reply, bool verbose)
            {
                if (verbose && reply.Code is not [|"226"|])
                {
                    return "unfinished";
                }

                return reply.Code is [|"550"|] ? "missing" : "other";
            }
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpReply { public string? Code { get; set; } }

        class FtpClientSession
        {
            string Describe(FtpReply reply, bool verbose)
            {
                if (verbose && reply.Code != FtpReplyCodeStrings.ClosingDataConnection)
                {
                    return "unfinished";
                }

                return reply.Code == FtpReplyCodeStrings.FileUnavailable ? "missing" : "other";
            }
        }
        """);

    [Fact]
    public Task Expression_trees_get_the_constant_which_leaves_the_tree_as_it_was() => VerifyFtp0001.VerifyCodeFixAsync(
        // A constant is a Constant node in the tree, as the literal was; reply text folds back into one constant.
        """
        using System;
        using System.Linq.Expressions;

        class FtpReplyRow { public string Code { get; set; } = ""; public string Text { get; set; } = ""; }

        class FtpReplyQueries
        {
            Expression<Func<FtpReplyRow, bool>> Missing = row => row.Code == [|"550"|];
            Expression<Func<FtpReplyRow, string>> Reply = row => "[|226|] Transfer complete";
        }
        """,
        """
        using System;
        using System.Linq.Expressions;
        using FtpReplyAnalyzers;

        class FtpReplyRow { public string Code { get; set; } = ""; public string Text { get; set; } = ""; }

        class FtpReplyQueries
        {
            Expression<Func<FtpReplyRow, bool>> Missing = row => row.Code == FtpReplyCodeStrings.FileUnavailable;
            Expression<Func<FtpReplyRow, string>> Reply = row => FtpReplyCodeStrings.ClosingDataConnection + " Transfer complete";
        }
        """);

    [Fact]
    public Task Both_branches_of_a_produced_conditional() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpReply { public int Code { get; set; } public string Text { get; set; } = ""; }

        class FtpSession
        {
            void Dele(FtpReply reply, bool busy)
            {
                reply.Code = busy ? [|450|] : [|550|];
            }
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpReply { public int Code { get; set; } public string Text { get; set; } = ""; }

        class FtpSession
        {
            void Dele(FtpReply reply, bool busy)
            {
                reply.Code = busy ? (int)FtpReplyCode.FileTemporarilyUnavailable : (int)FtpReplyCode.FileUnavailable;
            }
        }
        """);

    // Found by the reliability harness (behaviour): dropping the cast removed an OverflowException for negative statuses.
    [Fact]
    public Task Checked_unsigned_cast_of_FtpStatusCode_keeps_the_cast() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => checked((uint)response.StatusCode == [|550|]);
            bool Done(FtpWebResponse response) => unchecked((uint)response.StatusCode == [|226|]);
        }
        """,
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => checked((uint)response.StatusCode == (int)FtpStatusCode.ActionNotTakenFileUnavailable);
            bool Done(FtpWebResponse response) => unchecked(response.StatusCode == FtpStatusCode.ClosingData);
        }
        """);

    // Found by the reliability harness (fix_compile_regressions) when the fix wrote ToCodeString(), which is no constant
    // (CS0133, CS1736, CS0182). The constants it writes now compile wherever C# needs a constant.
    [Fact]
    public Task String_codes_where_a_constant_is_needed_get_the_constants() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System;

        [AttributeUsage(AttributeTargets.Method)]
        class FtpExpectsAttribute : Attribute
        {
            public FtpExpectsAttribute(string code) { Code = code; }
            public string Code { get; }
        }

        class FtpSession
        {
            const string LastCode = "550";
            const bool Missing = LastCode == [|"550"|];

            [FtpExpects([|"550"|])]
            bool Check(bool expected = LastCode != [|"421"|])
            {
                const bool Busy = LastCode == [|"421"|];
                return expected && Busy;
            }
        }
        """,
        """
        using System;
        using FtpReplyAnalyzers;

        [AttributeUsage(AttributeTargets.Method)]
        class FtpExpectsAttribute : Attribute
        {
            public FtpExpectsAttribute(string code) { Code = code; }
            public string Code { get; }
        }

        class FtpSession
        {
            const string LastCode = "550";
            const bool Missing = LastCode == FtpReplyCodeStrings.FileUnavailable;

            [FtpExpects(FtpReplyCodeStrings.FileUnavailable)]
            bool Check(bool expected = LastCode != FtpReplyCodeStrings.ServiceNotAvailable)
            {
                const bool Busy = LastCode == FtpReplyCodeStrings.ServiceNotAvailable;
                return expected && Busy;
            }
        }
        """);

    // Found by the reliability harness (behaviour) when the fix wrote ToCodeString(), whose string is another reference than
    // the interned literal. A constant compiles to the literal itself: the same interned string, the same comparison.
    [Fact]
    public Task String_code_compared_by_reference_gets_the_constant_which_is_the_same_reference() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool Missing(object replyCode) => replyCode == [|"550"|];
            bool Busy(string replyCode) => (object)replyCode != [|"421"|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Missing(object replyCode) => replyCode == FtpReplyCodeStrings.FileUnavailable;
            bool Busy(string replyCode) => (object)replyCode != FtpReplyCodeStrings.ServiceNotAvailable;
        }
        """);

    // Found by the reliability harness (fix_compile_regressions): `using FtpReplyAnalyzers;` made the vendor's FtpReplyCode
    // ambiguous (CS0104); without the using, every name the fix writes is qualified.
    [Fact]
    public Task Vendor_FtpReplyCode_in_scope_gets_qualified_names_and_no_using() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using Vendor.Ftp;

        namespace Vendor.Ftp
        {
            public enum FtpReplyCode { Ok = 200 }
        }

        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Retry(int replyCode) => replyCode == [|421|];
            bool Missing(string replyCode) => replyCode == [|"550"|];
        }
        """,
        """
        using Vendor.Ftp;

        namespace Vendor.Ftp
        {
            public enum FtpReplyCode { Ok = 200 }
        }

        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Retry(int replyCode) => replyCode == (int)FtpReplyAnalyzers.FtpReplyCode.ServiceNotAvailable;
            bool Missing(string replyCode) => replyCode == FtpReplyAnalyzers.FtpReplyCodeStrings.FileUnavailable;
        }
        """);

    // Found by the reliability harness (mutants): with a using directive half typed, the import adder inserted
    // `using FtpReplyAnalyzers;` inside it (CS1041). The fix now leaves the usings alone and qualifies the name.
    [Fact]
    public Task Half_typed_using_directive_is_left_alone() => VerifyFtp0001.VerifyCodeFixInBrokenCodeAsync(
        """
        using System;
        using System.Collections.

        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == [|421|];
        }
        """,
        """
        using System;
        using System.Collections.

        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == (int)FtpReplyAnalyzers.FtpReplyCode.ServiceNotAvailable;
        }
        """);

    // Found by the reliability harness (mutants): a name FtpReplyCode that binds to nothing yet (its using not typed)
    // came to mean the bundled enum once the fix added its using (CS0117, and a new diagnostic: not idempotent).
    [Fact]
    public Task Unresolved_FtpReplyCode_name_keeps_its_meaning() => VerifyFtp0001.VerifyCodeFixInBrokenCodeAsync(
        """
        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Retry(int replyCode) => replyCode == [|421|];
        }
        """,
        """
        class FtpSession
        {
            FtpReplyCode Last() => FtpReplyCode.Ok;
            bool Retry(int replyCode) => replyCode == (int)FtpReplyAnalyzers.FtpReplyCode.ServiceNotAvailable;
        }
        """);

    // Found by the reliability harness (mutants): `257or 421` while typing; the member name fused with `or`.
    [Fact]
    public Task Member_name_does_not_fuse_with_a_following_word() => VerifyFtp0001.VerifyCodeFixInBrokenCodeAsync(
        """
        class FtpSession
        {
            bool Created(int replyCode) => replyCode is [|257|]or 0;
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Created(int replyCode) => replyCode is (int)FtpReplyCode.PathnameCreated or 0;
        }
        """);

    // Found by the reliability harness (mutants): after `using System.Threading.` the parser starts a statement at
    // `(FtpStatusCode)550;`; the member written in its place completed the using directive instead.
    [Fact]
    public Task No_fix_beside_a_token_the_parser_had_to_invent() => VerifyFtp0001.VerifyCodeFixInBrokenCodeAsync(
        """
        using System.Net;
        using System.Threading.(FtpStatusCode)[|550|];

        class FtpSession
        {
        }
        """,
        """
        using System.Net;
        using System.Threading.(FtpStatusCode)[|550|];

        class FtpSession
        {
        }
        """);

    // Found by the reliability harness (fix_compile_regressions): the cast to a nullable enum was replaced by the
    // non-nullable member, which changed the expression's type. Only the number is named; the clean-up drops the cast
    // where the compiler proves it changes nothing (a return of the nullable type).
    [Fact]
    public Task Cast_to_a_nullable_reply_enum_keeps_its_cast() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class Downloader
        {
            FtpStatusCode? Missing() => (FtpStatusCode?)[|550|];
            FtpStatusCode? Passive() => (FtpStatusCode?)[|229|];
            FtpReplyCode? Busy() => (FtpReplyCode?)[|421|];
        }
        """,
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class Downloader
        {
            FtpStatusCode? Missing() => FtpStatusCode.ActionNotTakenFileUnavailable;
            FtpStatusCode? Passive() => (FtpStatusCode?)FtpReplyCode.EnteringExtendedPassiveMode;
            FtpReplyCode? Busy() => FtpReplyCode.ServiceNotAvailable;
        }
        """);
}
