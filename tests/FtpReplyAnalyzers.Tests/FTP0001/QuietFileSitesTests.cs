using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Sites in a file whose text never says FTP, made FTP's by the code around it in other files: another part of the
/// type, a global alias, a global using and a value's type. The scope is not read where text shows it cannot be FTP's
/// (Scope/QuietScope); each of these is still reported, and the same file alone is not.
/// </summary>
public sealed class QuietFileSitesTests
{
    private const string Site = """
        public partial class Session
        {
            private Engine engine = default!;
            public bool Ok(int code) => code == {|FTP0001:226|};
        }
        """;

    [Fact]
    public Task Another_part_of_the_type_sends_an_FTP_command() => VerifyFtp0001.VerifyAnalyzerAsync([
        Site,
        """
        public class Engine { }

        public partial class Session
        {
            void Login() => Write("USER anonymous");
            void Write(string line) { }
        }
        """]);

    [Fact]
    public Task A_global_alias_names_the_type_of_a_field() => VerifyFtp0001.VerifyAnalyzerAsync([
        Site,
        """
        global using Engine = Contoso.Net.IFtpEngine;

        namespace Contoso.Net
        {
            public interface IFtpEngine { }
        }
        """]);

    [Fact]
    public Task A_global_using_names_the_interface_a_member_implements() => VerifyFtp0001.VerifyAnalyzerAsync([
        """
        public class Check : IReplyCheck
        {
            bool IReplyCheck.Accepted(int code) => code == {|FTP0001:226|};
        }
        """,
        """
        global using Contoso.Ftp;

        namespace Contoso.Ftp
        {
            public interface IReplyCheck { bool Accepted(int code); }
        }
        """]);

    // The interface is a nested type of an FTP type, reached through the base class: an explicit implementation's name
    // is written with the interface's whole name (FtpApi.IReplyCheck.Accepted), which the file never writes.
    [Fact]
    public Task An_explicit_implementation_names_its_interface_s_container() => VerifyFtp0001.VerifyAnalyzerAsync([
        """
        public class Outer : Base
        {
            public class Check : IReplyCheck
            {
                bool IReplyCheck.Accepted(int code) => code == {|FTP0001:226|};
            }
        }
        """,
        """
        public class FtpApi
        {
            public interface IReplyCheck { bool Accepted(int code); }
        }

        public class Base : FtpApi { }
        """]);

    [Fact]
    public Task The_value_s_type_is_declared_elsewhere() => VerifyFtp0001.VerifyAnalyzerAsync([
        """
        public class Retry
        {
            public bool Missing(Helper helper)
            {
                var response = helper.Open();
                return (int)response.StatusCode == {|FTP0001:550|};
            }
        }
        """,
        """
        public class Helper
        {
            public System.Net.FtpWebResponse Open() => null!;
        }
        """]);

    // A formatting character inside an identifier is no part of its name: the type is named FtpSession, though the text
    // never has the three letters together.
    [Fact]
    public Task A_name_split_by_an_invisible_character() => VerifyFtp0001.VerifyAnalyzerAsync(
        "public class F\u200Btp\u00ADSession { public bool Ok(int code) => code == {|FTP0001:226|}; }");

    [Fact]
    public Task A_name_spelt_with_a_unicode_escape() => VerifyFtp0001.VerifyAnalyzerAsync(
        "public class \\u0046tpSession { public bool Ok(int code) => code == {|FTP0001:226|}; }");

    [Fact]
    public Task The_same_file_with_nothing_around_it_is_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync([
        Site.Replace("{|FTP0001:226|}", "226"),
        """
        public class Engine { }

        public partial class Session
        {
            void Hello() => Write("EHLO relay");
            void Write(string line) { }
        }
        """]);
}
