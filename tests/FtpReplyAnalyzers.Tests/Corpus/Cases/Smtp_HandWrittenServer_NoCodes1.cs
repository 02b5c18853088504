// Models a small SMTP server session (test mail sink): replies with SMTP codes through SmtpReply objects and ReplyAsync.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Corpus.MailSink1.Smtp
{
    public sealed record SmtpReply(int Code, string Text);

    public sealed class SmtpSession
    {
        private readonly TextWriter _out;
        private readonly List<string> _recipients = new List<string>();
        private string? _from;
        private int _messageCount;

        public SmtpSession(TextWriter output) => _out = output;

        public int MaxRecipients { get; set; } = 100;

        public Task ReplyAsync(int code, string text) => _out.WriteLineAsync($"{code} {text}");

        public Task GreetAsync(bool overloaded) => overloaded
            ? ReplyAsync(421, "mailsink.local Service not available")
            : ReplyAsync(220, "mailsink.local ESMTP ready");

        public SmtpReply Handle(string verb, string argument)
        {
            switch (verb.ToUpperInvariant())
            {
                case "HELO":
                case "EHLO":
                    return new SmtpReply(250, "mailsink.local");
                case "MAIL":
                    _from = argument;
                    _recipients.Clear();
                    return new SmtpReply(250, "Sender OK");
                case "RCPT":
                    if (_from is null)
                    {
                        return new SmtpReply(503, "Need MAIL before RCPT");
                    }

                    if (_recipients.Count == MaxRecipients)
                    {
                        return new SmtpReply(452, "Too many recipients");
                    }

                    if (!argument.Contains('@'))
                    {
                        return new SmtpReply(550, "Mailbox unavailable");
                    }

                    _recipients.Add(argument);
                    return new SmtpReply(250, "Recipient OK");
                case "DATA":
                    return _recipients.Count == 0 ? new SmtpReply(554, "No valid recipients") : new SmtpReply(354, "End data with <CR><LF>.<CR><LF>");
                case "RSET":
                    _from = null;
                    _recipients.Clear();
                    return new SmtpReply(250, "Reset OK");
                case "NOOP":
                    return new SmtpReply(250, "OK");
                case "QUIT":
                    return new SmtpReply(221, "Bye");
                default:
                    return new SmtpReply(502, "Command not implemented");
            }
        }

        public async Task MessageReceivedAsync(long size)
        {
            _messageCount++;
            if (size > 10 * 1024 * 1024)
            {
                await ReplyAsync(552, "Message size exceeds fixed maximum");
                return;
            }

            await ReplyAsync(250, $"Queued as message {_messageCount}");
        }
    }
}
