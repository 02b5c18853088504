// Models an FTP server dispatcher that produces mutable reply objects: constructor codes, Code property assignments, switch-expression arms.
using System;
using System.Collections.Generic;

namespace Corpus.MyServer3.Ftp
{
    public class FtpReplyMessage
    {
        public FtpReplyMessage() { }

        public FtpReplyMessage(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; set; }
        public string Text { get; set; } = string.Empty;
        public bool CloseConnection { get; set; }
    }

    public sealed class FtpDispatcher
    {
        private readonly HashSet<string> _loggedInOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "RETR", "STOR", "DELE", "LIST", "CWD",
        };

        public bool LoggedIn { get; set; }
        public bool TransferInProgress { get; set; }

        public FtpReplyMessage Dispatch(string verb, string argument)
        {
            if (!LoggedIn && _loggedInOnly.Contains(verb))
            {
                return new FtpReplyMessage { Code = [|530|], Text = "Please login with USER and PASS." };
            }

            return verb.ToUpperInvariant() switch
            {
                "NOOP" => new FtpReplyMessage([|200|], "NOOP ok."),
                "SYST" => new FtpReplyMessage([|215|], "UNIX Type: L8"),
                "ALLO" => new FtpReplyMessage([|202|], "No storage allocation necessary."),
                "TYPE" => Type(argument),
                "ABOR" => Abort(),
                "QUIT" => new FtpReplyMessage([|221|], "Goodbye.") { CloseConnection = true },
                _ => new FtpReplyMessage([|502|], "Command not implemented."),
            };
        }

        private static FtpReplyMessage Type(string argument)
        {
            var reply = new FtpReplyMessage();
            switch (argument.Trim().ToUpperInvariant())
            {
                case "A":
                case "I":
                case "L 8":
                    reply.Code = [|200|];
                    reply.Text = "Type set to " + argument;
                    break;
                case "E":
                    reply.Code = [|504|];
                    reply.Text = "EBCDIC not supported.";
                    break;
                default:
                    reply.Code = [|501|];
                    reply.Text = "Unknown type.";
                    break;
            }

            return reply;
        }

        private FtpReplyMessage Abort()
        {
            if (!TransferInProgress)
            {
                return new FtpReplyMessage([|225|], "No transfer to abort.");
            }

            TransferInProgress = false;
            var reply = new FtpReplyMessage([|426|], "Connection closed; transfer aborted.");
            return reply;
        }
    }
}
