namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>Small stand-ins for libraries the feed does not serve, declared in their real namespaces and shapes.</summary>
internal static class StandIns
{
    public const string FluentFtp = """
        namespace FluentFTP
        {
            public enum FtpResponseType : int
            {
                None = 0,
                PositivePreliminary = 1,
                PositiveCompletion = 2,
                PositiveIntermediate = 3,
                TransientNegativeCompletion = 4,
                PermanentNegativeCompletion = 5,
            }

            public struct FtpReply
            {
                public string Code { get; set; }
                public string Message { get; set; }
                public bool Success { get; }

                public FtpResponseType Type =>
                    Code != null && Code.Length > 0 && int.TryParse(Code[0].ToString(), out var code) ? (FtpResponseType)code : FtpResponseType.None;
            }

            public class FtpClient
            {
                public FtpReply Execute(string command) => default;
                public System.Threading.Tasks.Task<FtpReply> ExecuteAsync(string command) => System.Threading.Tasks.Task.FromResult(default(FtpReply));
            }
        }

        namespace FluentFTP.Exceptions
        {
            public class FtpCommandException : System.Exception
            {
                public string CompletionCode { get; } = "";
            }
        }
        """;

    /// <summary>The assertion shapes of FluentAssertions (<c>x.Should().Be(c)</c>) and NUnit (<c>Assert.That(x, Is.EqualTo(c))</c>).</summary>
    public const string AssertionLibraries = """
        static class Assertions
        {
            public static Checker Should(this int value) => new Checker();
        }

        class Checker
        {
            public void Be(int expected) { }
        }

        static class Is
        {
            public static object EqualTo(int expected) => expected;
        }

        static class Assert
        {
            public static void That(int actual, object constraint) { }
        }
        """;

    public const string AspNetCore = """
        namespace Microsoft.AspNetCore.Http
        {
            public abstract class HttpResponse { public abstract int StatusCode { get; set; } }
            public abstract class HttpContext { public abstract HttpResponse Response { get; } }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public interface IActionResult { }
            public class StatusCodeResult : IActionResult { public StatusCodeResult(int statusCode) { } }
            public abstract class ControllerBase
            {
                public StatusCodeResult StatusCode(int statusCode) => new StatusCodeResult(statusCode);
            }
        }
        """;
}
