using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Where the user already names a reply code (<c>const int FTP_OK = 200</c>, <c>FtpCodes.FileNotFound</c>, their own FTP
/// enum), the fix offers that name first and the bundled member second; names that are not reply codes (a port, a
/// backlog, another protocol's constant) are never offered.
/// </summary>
public sealed class OwnConstantFixTests
{
    private const string Codes = """
        namespace App.Ftp
        {
            public static class FtpCodes
            {
                public const int FileNotFound = 550;
                public const string FileNotFoundText = "550";
                public const long ClosingData = 226;
            }

            public enum FtpStatus
            {
                Ready = 220,
            }
        }

        static class Constants
        {
            public const int FTP_OK = 200;
            public const int HttpOk = 200;
            public const int FtpDefaultPort = 221;
        }
        """;

    [Fact]
    public Task The_users_constant_is_the_first_fix() => VerifyFtp0001.VerifyCodeFixWithActionAsync(
        0,
        MagicReplyCodeContract.OwnEquivalenceKey,
        Codes + """

        class FtpSession
        {
            bool Missing(int replyCode) => replyCode == [|550|];
            bool Ok(int replyCode) => replyCode is [|200|] or 0;
            bool Ready(long replyCode) => replyCode == [|220L|];
            bool Done(int replyCode) => replyCode == [|226|];

            string Describe(string code)
            {
                switch (code)
                {
                    case [|"550"|]: return "missing";
                    default: return "other";
                }
            }
        }
        """,
        Codes + """

        class FtpSession
        {
            bool Missing(int replyCode) => replyCode == App.Ftp.FtpCodes.FileNotFound;
            bool Ok(int replyCode) => replyCode is Constants.FTP_OK or 0;
            bool Ready(long replyCode) => replyCode == (long)App.Ftp.FtpStatus.Ready;
            bool Done(int replyCode) => replyCode == (int)App.Ftp.FtpCodes.ClosingData;

            string Describe(string code)
            {
                switch (code)
                {
                    case App.Ftp.FtpCodes.FileNotFoundText: return "missing";
                    default: return "other";
                }
            }
        }
        """);

    [Fact]
    public Task The_bundled_member_is_the_second_fix() => VerifyFtp0001.VerifyCodeFixWithActionAsync(
        1,
        MagicReplyCodeContract.EquivalenceKey,
        Codes + """

        class FtpSession
        {
            bool Missing(int replyCode) => replyCode == [|550|];
        }
        """,
        "using FtpReplyAnalyzers;\n\n" + Codes + """

        class FtpSession
        {
            bool Missing(int replyCode) => replyCode == (int)FtpReplyCode.FileUnavailable;
        }
        """);

    [Fact]
    public Task Message_names_the_users_constant_and_the_bundled_member() => VerifyFtp0001.VerifyAnalyzerAsync(
        Codes + """

        class FtpSession
        {
            bool Missing(int replyCode) => replyCode == {|#0:550|};
        }
        """,
        new DiagnosticResult(Descriptors.MagicReplyCode).WithLocation(0).WithArguments(
            "550",
            "action not taken, file unavailable (not found or no access)",
            "permanent negative: do not retry as is",
            "FtpCodes.FileNotFound (or FtpReplyCode.FileUnavailable)"));

    // The table looks only at the declarations that can hold a name, found per file and then by name from the global
    // namespace down: nested types, dotted and file-scoped namespaces and another file all lead to the constant; a
    // constant of a generic type cannot be written without a type argument, nor can one of a type nested in it.
    [Fact]
    public Task A_constant_nested_in_another_files_namespace_is_found_and_generic_types_are_skipped() => VerifyFtp0001.VerifyAnalyzerAsync(
        [
            """
            namespace Company.Transfer.Ftp;

            static class Protocol
            {
                public static class FtpReplies
                {
                    public const int Created = 257;
                }
            }

            static class Holder<T>
            {
                public const int FtpPathCreated = 257;

                public static class FtpCodes
                {
                    public const int FtpTransferDone = 226;
                }
            }
            """,
            """
            class FtpSession
            {
                bool Made(int replyCode) => replyCode == {|#0:257|};

                bool Done(int replyCode) => replyCode == {|#1:226|};
            }
            """,
        ],
        new DiagnosticResult(Descriptors.MagicReplyCode).WithLocation(0).WithArguments(
            "257",
            "pathname created or reported (MKD, PWD)",
            "positive completion: done",
            "FtpReplies.Created (or FtpReplyCode.PathnameCreated)"),
        new DiagnosticResult(Descriptors.MagicReplyCode).WithLocation(1).WithArguments(
            "226",
            "closing data connection, requested file action succeeded",
            "positive completion: done",
            "FtpReplyCode.ClosingDataConnection"));

    [Fact]
    public Task Members_of_a_type_that_names_classes_of_replies_are_never_offered() => VerifyFtp0001.VerifyCodeFixWithActionAsync(
        // A severity, category, kind, type or class of replies whose value happens to equal a code is no name for it.
        0,
        MagicReplyCodeContract.EquivalenceKey,
        """
        enum FtpReplyCodeSeverity { PositiveCompletion = 200, PermanentNegative = 500 }
        static class FtpReplyCategory { public const int Success = 250; }
        enum FtpResponseKind { Ok = 226 }

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == [|200|] || replyCode == [|250|] || replyCode == [|226|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        enum FtpReplyCodeSeverity { PositiveCompletion = 200, PermanentNegative = 500 }
        static class FtpReplyCategory { public const int Success = 250; }
        enum FtpResponseKind { Ok = 226 }

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == (int)FtpReplyCode.CommandOk || replyCode == (int)FtpReplyCode.FileActionOk || replyCode == (int)FtpReplyCode.ClosingDataConnection;
        }
        """);

    [Fact]
    public Task Ports_other_protocols_and_neutral_names_are_never_offered() => VerifyFtp0001.VerifyCodeFixWithActionAsync(
        0,
        MagicReplyCodeContract.EquivalenceKey,
        """
        static class Constants
        {
            public const int HttpOk = 226;
            public const int FtpDefaultPort = 221;
        }

        class FtpServer
        {
            const int Backlog = 421;

            bool Check(int replyCode) => replyCode == [|226|] || replyCode == [|221|] || replyCode == [|421|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        static class Constants
        {
            public const int HttpOk = 226;
            public const int FtpDefaultPort = 221;
        }

        class FtpServer
        {
            const int Backlog = 421;

            bool Check(int replyCode) => replyCode == (int)FtpReplyCode.ClosingDataConnection || replyCode == (int)FtpReplyCode.ClosingControlConnection || replyCode == (int)FtpReplyCode.ServiceNotAvailable;
        }
        """);

    [Fact]
    public Task Fix_all_with_the_users_constants_writes_the_bundled_member_where_there_is_none() => VerifyFtp0001.VerifyCodeFixByKeyAsync(
        MagicReplyCodeContract.OwnEquivalenceKey,
        Codes + """

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == [|550|] || replyCode == [|421|];
        }
        """,
        Codes + """

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == App.Ftp.FtpCodes.FileNotFound || replyCode == [|421|];
        }
        """,
        "using FtpReplyAnalyzers;\n\n" + Codes + """

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == App.Ftp.FtpCodes.FileNotFound || replyCode == (int)FtpReplyCode.ServiceNotAvailable;
        }
        """);

    [Fact]
    public Task A_constant_declared_twice_while_typing_is_not_offered() => VerifyFtp0001.VerifyCodeFixWithActionAsync(
        0,
        MagicReplyCodeContract.EquivalenceKey,
        """
        static class FtpCodes
        {
            public const int NotLoggedIn = 530;
            public const int {|CS0102:NotLoggedIn|} = 530;
        }

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == [|530|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        static class FtpCodes
        {
            public const int NotLoggedIn = 530;
            public const int {|CS0102:NotLoggedIn|} = 530;
        }

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == (int)FtpReplyCode.NotLoggedIn;
        }
        """);

    // Found by the reliability harness (fix_compile_regressions): a constant whose name is not typed yet was offered, and
    // its fix wrote `FtpCodes.` and nothing after it (CS1001).
    [Fact]
    public Task A_constant_without_a_name_yet_is_not_offered() => VerifyFtp0001.VerifyCodeFixWithActionAsync(
        0,
        MagicReplyCodeContract.EquivalenceKey,
        """
        static class FtpCodes
        {
            public const int {|CS1001:=|} 530;
        }

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == [|530|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        static class FtpCodes
        {
            public const int {|CS1001:=|} 530;
        }

        class FtpSession
        {
            bool Check(int replyCode) => replyCode == (int)FtpReplyCode.NotLoggedIn;
        }
        """);

    // The index reads which fields are constants from the declarations: every part of a partial type, records, several
    // constants in one declaration; a static readonly field or a property named for FTP is no constant (those sites keep
    // only the bundled fix, under the other key). One by one, the five sites with a constant are fixed;
    // Fix All fixes every site.
    private const string ConstantsInEveryShape = """
        static partial class FtpCodes
        {
            public const int Ready = 220;
        }

        static partial class FtpCodes
        {
            public const int LoggedIn = 230, NotLoggedIn = 530;
        }

        sealed record FtpReplyCodes(int Value)
        {
            public const string FileNotFound = "550";
        }

        static class Settings
        {
            public static readonly int FtpServiceClosing = 421;
            public static int FtpDataOpen => 225;
            public const int FtpActionOk = 250;
        }
        """;

    [Fact]
    public Task Constants_are_found_in_every_part_of_partial_types_and_in_records() => VerifyFtp0001.VerifyCodeFixByKeyAsync(
        MagicReplyCodeContract.OwnEquivalenceKey,
        ConstantsInEveryShape + """

        class FtpSession
        {
            bool Ready(int replyCode) => replyCode == [|220|];
            bool In(int replyCode) => replyCode == [|230|] || replyCode == [|530|];
            bool Missing(string replyCode) => replyCode == [|"550"|];
            bool Closing(int replyCode) => replyCode == [|421|] || replyCode == [|225|] || replyCode == [|250|];
        }
        """,
        ConstantsInEveryShape + """

        class FtpSession
        {
            bool Ready(int replyCode) => replyCode == FtpCodes.Ready;
            bool In(int replyCode) => replyCode == FtpCodes.LoggedIn || replyCode == FtpCodes.NotLoggedIn;
            bool Missing(string replyCode) => replyCode == FtpReplyCodes.FileNotFound;
            bool Closing(int replyCode) => replyCode == [|421|] || replyCode == [|225|] || replyCode == Settings.FtpActionOk;
        }
        """,
        "using FtpReplyAnalyzers;\n\n" + ConstantsInEveryShape + """

        class FtpSession
        {
            bool Ready(int replyCode) => replyCode == FtpCodes.Ready;
            bool In(int replyCode) => replyCode == FtpCodes.LoggedIn || replyCode == FtpCodes.NotLoggedIn;
            bool Missing(string replyCode) => replyCode == FtpReplyCodes.FileNotFound;
            bool Closing(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable || replyCode == (int)FtpReplyCode.DataConnectionOpenNoTransfer || replyCode == Settings.FtpActionOk;
        }
        """,
        iterations: 5);
}
