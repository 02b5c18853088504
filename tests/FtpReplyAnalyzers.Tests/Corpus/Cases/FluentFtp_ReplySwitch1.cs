// Models a FluentFTP wrapper that switches on FtpReply.Code strings after directory commands.
using System;
using System.IO;
using FluentFTP;

namespace Corpus.FluentReplySwitch1
{
    public enum DirectoryOutcome
    {
        Created,
        AlreadyThere,
        Denied,
        Failed,
    }

    public sealed class RemoteDirectoryService
    {
        private readonly FtpClient _client;

        public RemoteDirectoryService(FtpClient client) => _client = client;

        public DirectoryOutcome Ensure(string path)
        {
            FtpReply reply = _client.Execute("MKD " + path);
            switch (reply.Code)
            {
                case [|"257"|]:
                    return DirectoryOutcome.Created;
                case [|"521"|]:
                    return DirectoryOutcome.AlreadyThere;
                case [|"550"|]:
                    return _client.DirectoryExists(path) ? DirectoryOutcome.AlreadyThere : DirectoryOutcome.Denied;
                case [|"553"|]:
                    return DirectoryOutcome.Denied;
                default:
                    return DirectoryOutcome.Failed;
            }
        }

        public string CurrentDirectory()
        {
            FtpReply reply = _client.Execute("PWD");
            if (reply.Code is [|"257"|])
            {
                int start = reply.Message.IndexOf('"');
                int end = reply.Message.LastIndexOf('"');
                if (start >= 0 && end > start)
                {
                    return reply.Message.Substring(start + 1, end - start - 1);
                }
            }

            return _client.GetWorkingDirectory();
        }

        public void Change(string path)
        {
            FtpReply reply = _client.Execute("CWD " + path);
            string message = reply.Code switch
            {
                [|"250"|] => string.Empty,
                [|"550"|] => "No such directory: " + path,
                _ => "CWD failed: " + reply.Message,
            };

            if (message.Length != 0)
            {
                throw new DirectoryNotFoundException(message);
            }
        }
    }
}
