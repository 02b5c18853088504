namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>The two files every corpus shares: common application types, and a stand-in for the FluentFTP package.</summary>
internal static class SupportCode
{
    public const string Shared = """
        using System;
        using System.Collections.Generic;

        namespace Contoso.Shared
        {
            /// <summary>The application's logger.</summary>
            public interface IAppLog
            {
                void Info(string message);

                void Warn(string message);

                void Error(string message, Exception? error = null);
            }

            /// <summary>A unit of business work: an order line, an invoice, a ticket.</summary>
            public sealed record WorkItem(int Id, string Name, decimal Amount, int Quantity, int Status, DateTime CreatedUtc);

            public enum ErrorKind
            {
                NotFound,
                Conflict,
                Invalid,
                Unauthorized,
                Unexpected,
            }

            public sealed class ConsoleLog : IAppLog
            {
                private readonly List<string> lines = new();

                public void Info(string message) => lines.Add("INFO " + message);

                public void Warn(string message) => lines.Add("WARN " + message);

                public void Error(string message, Exception? error = null) => lines.Add("ERROR " + message + (error is null ? "" : ": " + error.Message));
            }
        }

        """;

    /// <summary>FluentFTP's public shapes (namespaces FluentFTP and FluentFTP.Exceptions), no behaviour.</summary>
    public const string FluentFtpStandIn = """
        using System;
        using System.Net;

        namespace FluentFTP
        {
            public enum FtpStatus
            {
                Failed = 0,
                Success = 1,
                Skipped = 2,
            }

            public struct FtpReply
            {
                public string Code { get; set; }

                public string Message { get; set; }

                public bool Success => Code is not null && Code.Length == 3 && Code[0] is '1' or '2' or '3';
            }

            public class FtpClient : IDisposable
            {
                public FtpClient(string host, string user, string pass, int port = 0)
                {
                    Host = host;
                    Credentials = new NetworkCredential(user, pass);
                    Port = port;
                }

                public string Host { get; set; }

                public int Port { get; set; }

                public NetworkCredential? Credentials { get; set; }

                public FtpReply LastReply => default;

                public void Connect() { }

                public FtpReply Execute(string command) => default;

                public bool FileExists(string path) => false;

                public long GetFileSize(string path, long defaultValue = -1) => defaultValue;

                public FtpStatus UploadFile(string localPath, string remotePath) => FtpStatus.Failed;

                public FtpStatus DownloadFile(string localPath, string remotePath) => FtpStatus.Failed;

                public void Dispose() { }
            }
        }

        namespace FluentFTP.Exceptions
        {
            public class FtpCommandException : Exception
            {
                public FtpCommandException(string code, string message)
                    : base(message)
                {
                    CompletionCode = code;
                }

                public string CompletionCode { get; }
            }
        }

        """;
}
