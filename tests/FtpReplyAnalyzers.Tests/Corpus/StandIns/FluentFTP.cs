// Stand-in for the FluentFTP package (namespaces FluentFTP and FluentFTP.Exceptions): public shapes only, no behaviour.
using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace FluentFTP
{
    public enum FtpResponseType
    {
        None = 0,
        PositivePreliminary = 1,
        PositiveCompletion = 2,
        PositiveIntermediate = 3,
        TransientNegativeCompletion = 4,
        PermanentNegativeCompletion = 5,
    }

    public enum FtpStatus
    {
        Failed = 0,
        Success = 1,
        Skipped = 2,
    }

    public enum FtpRemoteExists
    {
        NoCheck = 0,
        Resume = 1,
        Skip = 2,
        Overwrite = 3,
    }

    public struct FtpReply
    {
        public string Code { get; set; }
        public string Message { get; set; }
        public string InfoMessages { get; set; }
        public string Command { get; set; }
        public bool Success => false;
        public FtpResponseType Type => FtpResponseType.None;
        public string ErrorMessage => string.Empty;
    }

    public class FtpClient : IDisposable
    {
        public FtpClient() { }
        public FtpClient(string host, string user, string pass, int port = 0) { }

        public string Host { get; set; } = string.Empty;
        public int Port { get; set; }
        public NetworkCredential? Credentials { get; set; }
        public bool IsConnected => false;
        public FtpReply LastReply => default;

        public void Connect() { }
        public void Disconnect() { }
        public FtpReply Execute(string command) => default;
        public FtpReply GetReply() => default;
        public bool FileExists(string path) => false;
        public bool DirectoryExists(string path) => false;
        public void DeleteFile(string path) { }
        public bool CreateDirectory(string path) => false;
        public long GetFileSize(string path, long defaultValue = -1) => defaultValue;
        public void SetWorkingDirectory(string path) { }
        public string GetWorkingDirectory() => "/";
        public FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false) => FtpStatus.Failed;
        public FtpStatus DownloadFile(string localPath, string remotePath) => FtpStatus.Failed;
        public void Dispose() { }
    }

    public class AsyncFtpClient : IDisposable, IAsyncDisposable
    {
        public AsyncFtpClient() { }
        public AsyncFtpClient(string host, string user, string pass, int port = 0) { }

        public string Host { get; set; } = string.Empty;
        public int Port { get; set; }
        public NetworkCredential? Credentials { get; set; }
        public bool IsConnected => false;
        public FtpReply LastReply => default;

        public Task Connect(CancellationToken token = default) => Task.CompletedTask;
        public Task Disconnect(CancellationToken token = default) => Task.CompletedTask;
        public Task<FtpReply> Execute(string command, CancellationToken token = default) => Task.FromResult(default(FtpReply));
        public Task<FtpReply> GetReply(CancellationToken token = default) => Task.FromResult(default(FtpReply));
        public Task<bool> FileExists(string path, CancellationToken token = default) => Task.FromResult(false);
        public Task DeleteFile(string path, CancellationToken token = default) => Task.CompletedTask;
        public Task<long> GetFileSize(string path, long defaultValue = -1, CancellationToken token = default) => Task.FromResult(defaultValue);
        public Task<FtpStatus> UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, CancellationToken token = default) => Task.FromResult(FtpStatus.Failed);
        public Task<FtpStatus> DownloadFile(string localPath, string remotePath, CancellationToken token = default) => Task.FromResult(FtpStatus.Failed);
        public void Dispose() { }
        public ValueTask DisposeAsync() => default;
    }
}

namespace FluentFTP.Exceptions
{
    public class FtpException : Exception
    {
        public FtpException(string message) : base(message) { }
        public FtpException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class FtpCommandException : FtpException
    {
        public FtpCommandException(string code, string message) : base(message)
        {
            CompletionCode = code;
        }

        public FtpCommandException(FtpReply reply) : base(reply.ErrorMessage)
        {
            CompletionCode = reply.Code;
        }

        public string CompletionCode { get; private set; }
        public FtpResponseType ResponseType => FtpResponseType.None;
    }

    public class FtpAuthenticationException : FtpCommandException
    {
        public FtpAuthenticationException(string code, string message) : base(code, message) { }
        public FtpAuthenticationException(FtpReply reply) : base(reply) { }
    }
}
