// Models FluentFTP code issuing raw SITE/OPTS commands with FtpClient.Execute and checking reply.Code strings.
using System;
using FluentFTP;

namespace Corpus.FluentSiteCommands1
{
    public class RemotePermissions
    {
        private readonly FtpClient _client;

        public RemotePermissions(FtpClient client)
        {
            _client = client;
        }

        public void Chmod(string path, string octalMode = "644")
        {
            FtpReply reply = _client.Execute($"SITE CHMOD {octalMode} {path}");
            if (reply.Code == [|"200"|])
            {
                return;
            }

            if (reply.Code == [|"550"|])
            {
                throw new UnauthorizedAccessException($"Cannot change mode of {path}: {reply.Message}");
            }

            if (reply.Code == [|"500"|] || reply.Code == [|"502"|])
            {
                throw new NotSupportedException("Server does not support SITE CHMOD.");
            }

            throw new InvalidOperationException(reply.ErrorMessage);
        }

        public bool EnableUtf8()
        {
            FtpReply reply = _client.Execute("OPTS UTF8 ON");
            return reply.Code != [|"501"|] && reply.Success;
        }

        public bool KeepAlive()
        {
            FtpReply reply = _client.Execute("NOOP");
            return int.Parse(reply.Code) == [|200|];
        }

        public void Touch(string path, DateTime utc)
        {
            FtpReply reply = _client.Execute($"MFMT {utc:yyyyMMddHHmmss} {path}");
            if (!reply.Code.Equals([|"213"|]))
            {
                throw new InvalidOperationException("MFMT failed: " + reply.Message);
            }
        }
    }
}
