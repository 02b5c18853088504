// Models an FTP client library's exception hierarchy whose types carry their reply codes as properties and constructor arguments.
using System;
using System.IO;

namespace Idioms.FtpReplyExceptionTypes1
{
    public class FtpException : IOException
    {
        public FtpException(int replyCode, string message) : base(message)
        {
            ReplyCode = replyCode;
        }

        public int ReplyCode { get; }
    }

    public abstract class FtpReplyError : Exception
    {
        protected FtpReplyError(string serverText) : base(serverText) { }

        public abstract int Code { get; }

        public virtual bool IsTransient => false;
    }

    public sealed class FtpNotLoggedInError : FtpReplyError
    {
        public FtpNotLoggedInError(string serverText) : base(serverText) { }

        public override int Code => [|530|];
    }

    public sealed class FtpServiceClosingError : FtpReplyError
    {
        public FtpServiceClosingError(string serverText) : base(serverText) { }

        public override int Code => [|421|];

        public override bool IsTransient => true;
    }

    public sealed class FtpFileUnavailableException : Exception
    {
        public FtpFileUnavailableException(string path) : base("Remote file unavailable: " + path)
        {
            RemotePath = path;
        }

        public string RemotePath { get; }

        public int FtpErrorCode { get; } = [|550|];
    }

    public sealed class FtpDataChannelException : Exception
    {
        public FtpDataChannelException(string message, Exception inner) : base(message, inner) { }

        public int FtpErrorCode { get; init; } = [|425|];
    }

    public sealed class RemoteStore
    {
        private readonly Func<string, string> _execute;

        public RemoteStore(Func<string, string> execute) => _execute = execute;

        public void Delete(string path)
        {
            string reply = _execute("DELE " + path);
            if (reply.StartsWith("[|250|]", StringComparison.Ordinal))
            {
                return;
            }

            if (reply.StartsWith("[|550|]", StringComparison.Ordinal))
            {
                throw new FtpFileUnavailableException(path);
            }

            if (reply.StartsWith("[|530|]", StringComparison.Ordinal))
            {
                throw new FtpNotLoggedInError(reply);
            }

            throw new FtpException(int.Parse(reply.AsSpan(0, 3)), reply);
        }

        public void Rename(string from, string to)
        {
            if (!_execute("RNFR " + from).StartsWith("[|350|]"))
            {
                throw new FtpException([|550|], "RNFR refused for " + from);
            }

            string reply = _execute("RNTO " + to);
            if (reply.StartsWith("[|553|]"))
            {
                throw new FtpException([|553|], "Name not allowed: " + to);
            }
        }

        public void OpenData(Func<Stream> connect)
        {
            try
            {
                using Stream data = connect();
            }
            catch (IOException io)
            {
                throw new FtpDataChannelException("PASV data connection failed", io) { FtpErrorCode = [|425|] };
            }
        }

        public static FtpException Timeout() => new FtpException([|421|], "No reply within 30000 ms");
    }
}
