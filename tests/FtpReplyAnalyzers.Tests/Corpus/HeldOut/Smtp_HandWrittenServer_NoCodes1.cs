// Hand-written SMTP receiving server session (HELO/EHLO, AUTH, MAIL, RCPT, DATA) answering through ReplyAsync(int, string).
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.SmtpServerSession1
{
    public interface IMailboxDirectory
    {
        bool IsLocal(string address);
        bool IsOverQuota(string address);
        bool CheckPassword(string user, string password);
    }

    public sealed class SmtpSession
    {
        private const int MaxMessageBytes = 10 * 1024 * 1024;
        private const int MaxRecipients = 100;

        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private readonly IMailboxDirectory _directory;
        private readonly List<string> _recipients = new List<string>();
        private string? _from;
        private bool _authenticated;

        public SmtpSession(Stream stream, IMailboxDirectory directory)
        {
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            _directory = directory;
        }

        public async Task RunAsync(string hostName, CancellationToken ct)
        {
            await ReplyAsync(220, hostName + " ESMTP ready");
            while (await _reader.ReadLineAsync(ct) is { } line)
            {
                var verb = line.Length >= 4 ? line.Substring(0, 4).ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "HELO":
                        await ReplyAsync(250, hostName);
                        break;
                    case "EHLO":
                        await ReplyMultilineAsync(250, new[] { hostName, "PIPELINING", "SIZE " + MaxMessageBytes, "AUTH PLAIN", "8BITMIME" });
                        break;
                    case "AUTH":
                        await HandleAuthAsync(line);
                        break;
                    case "MAIL":
                        if (!_authenticated)
                        {
                            await ReplyAsync(530, "5.7.0 Authentication required");
                            break;
                        }
                        _from = ExtractAddress(line);
                        _recipients.Clear();
                        await ReplyAsync(250, "2.1.0 Sender OK");
                        break;
                    case "RCPT":
                        await HandleRcptAsync(line);
                        break;
                    case "DATA":
                        await HandleDataAsync(ct);
                        break;
                    case "RSET":
                        _from = null;
                        _recipients.Clear();
                        await ReplyAsync(250, "2.0.0 Reset");
                        break;
                    case "QUIT":
                        await ReplyAsync(221, "2.0.0 Bye");
                        return;
                    default:
                        await ReplyAsync(502, "5.5.2 Command not recognized");
                        break;
                }
            }
        }

        private async Task HandleAuthAsync(string line)
        {
            var parts = line.Split(' ');
            if (parts.Length < 2 || !parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
            {
                await ReplyAsync(504, "5.5.4 Unrecognized authentication type");
                return;
            }

            string? payload = parts.Length > 2 ? parts[2] : null;
            if (payload is null)
            {
                await ReplyAsync(334, string.Empty);
                payload = await _reader.ReadLineAsync() ?? string.Empty;
            }

            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(payload)).Split('\0');
            if (decoded.Length == 3 && _directory.CheckPassword(decoded[1], decoded[2]))
            {
                _authenticated = true;
                await ReplyAsync(235, "2.7.0 Authentication successful");
            }
            else
            {
                await ReplyAsync(535, "5.7.8 Authentication credentials invalid");
            }
        }

        private async Task HandleRcptAsync(string line)
        {
            if (_from is null)
            {
                await ReplyAsync(503, "5.5.1 MAIL first");
                return;
            }

            if (_recipients.Count == MaxRecipients)
            {
                await ReplyAsync(452, "4.5.3 Too many recipients");
                return;
            }

            var to = ExtractAddress(line);
            if (!_directory.IsLocal(to))
            {
                await ReplyAsync(550, "5.1.1 No such user here");
                return;
            }

            if (_directory.IsOverQuota(to))
            {
                await ReplyAsync(552, "5.2.2 Mailbox full");
                return;
            }

            _recipients.Add(to);
            await ReplyAsync(250, "2.1.5 Recipient OK");
        }

        private async Task HandleDataAsync(CancellationToken ct)
        {
            if (_recipients.Count == 0)
            {
                await ReplyAsync(554, "5.5.1 No valid recipients");
                return;
            }

            await ReplyAsync(354, "End data with <CR><LF>.<CR><LF>");
            var size = 0;
            while (await _reader.ReadLineAsync(ct) is { } dataLine && dataLine != ".")
            {
                size += dataLine.Length + 2;
            }

            if (size > MaxMessageBytes)
            {
                await ReplyAsync(552, "5.3.4 Message too big");
                return;
            }

            await ReplyAsync(250, "2.0.0 Queued");
        }

        private static string ExtractAddress(string line)
        {
            int open = line.IndexOf('<');
            int close = line.IndexOf('>');
            return open >= 0 && close > open ? line.Substring(open + 1, close - open - 1) : string.Empty;
        }

        private Task ReplyAsync(int code, string text) => _writer.WriteLineAsync($"{code} {text}".TrimEnd());

        private async Task ReplyMultilineAsync(int code, IReadOnlyList<string> lines)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                var separator = i == lines.Count - 1 ? ' ' : '-';
                await _writer.WriteLineAsync($"{code}{separator}{lines[i]}");
            }
        }
    }
}
