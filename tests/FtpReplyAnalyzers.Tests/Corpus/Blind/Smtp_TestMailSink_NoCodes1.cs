// Models a hand-written SMTP sink used in integration tests: ReplyAsync(code, text) calls and a verb switch, same shapes as an FTP server.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.SmtpTestSink1
{
    public sealed class SmtpReply
    {
        public SmtpReply(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public sealed class CapturedMail
    {
        public string From { get; set; } = string.Empty;
        public List<string> Recipients { get; } = new List<string>();
        public string Data { get; set; } = string.Empty;
    }

    public sealed class SmtpSinkSession
    {
        private const int MaxMessageBytes = 10 * 1024 * 1024;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private readonly List<CapturedMail> _inbox;
        private CapturedMail? _current;
        private bool _authenticated;

        public SmtpSinkSession(Stream stream, List<CapturedMail> inbox)
        {
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            _inbox = inbox;
        }

        public HashSet<string> RejectedRecipients { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public bool RequireAuth { get; set; }

        private Task ReplyAsync(int code, string text, bool more = false) => _writer.WriteLineAsync(code.ToString(CultureInfo.InvariantCulture) + (more ? "-" : " ") + text);

        private Task ReplyAsync(SmtpReply reply) => ReplyAsync(reply.Code, reply.Text);

        public async Task RunAsync(CancellationToken ct)
        {
            await ReplyAsync(220, "sink.test ESMTP ready").ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                var line = await _reader.ReadLineAsync(ct).ConfigureAwait(false);
                if (line is null)
                {
                    return;
                }

                var verb = line.Length >= 4 ? line.Substring(0, 4).ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "HELO":
                    case "EHLO":
                        await ReplyAsync(250, "sink.test", more: true).ConfigureAwait(false);
                        await ReplyAsync(250, "AUTH PLAIN", more: true).ConfigureAwait(false);
                        await ReplyAsync(250, "SIZE " + MaxMessageBytes.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                        break;
                    case "AUTH":
                        if (line.EndsWith("dGVzdAB0ZXN0AHRlc3Q=", StringComparison.Ordinal))
                        {
                            _authenticated = true;
                            await ReplyAsync(235, "Authentication successful").ConfigureAwait(false);
                        }
                        else
                        {
                            await ReplyAsync(535, "Authentication credentials invalid").ConfigureAwait(false);
                        }

                        break;
                    case "MAIL":
                        if (RequireAuth && !_authenticated)
                        {
                            await ReplyAsync(530, "Authentication required").ConfigureAwait(false);
                            break;
                        }

                        _current = new CapturedMail { From = line.Substring(10).Trim('<', '>', ' ') };
                        await ReplyAsync(250, "OK").ConfigureAwait(false);
                        break;
                    case "RCPT":
                        var rcpt = line.Substring(8).Trim('<', '>', ' ');
                        if (_current is null)
                        {
                            await ReplyAsync(503, "Need MAIL before RCPT").ConfigureAwait(false);
                        }
                        else if (RejectedRecipients.Contains(rcpt))
                        {
                            await ReplyAsync(new SmtpReply(550, "No such user here")).ConfigureAwait(false);
                        }
                        else
                        {
                            _current.Recipients.Add(rcpt);
                            await ReplyAsync(250, "OK").ConfigureAwait(false);
                        }

                        break;
                    case "DATA":
                        if (_current is null || _current.Recipients.Count == 0)
                        {
                            await ReplyAsync(554, "No valid recipients").ConfigureAwait(false);
                            break;
                        }

                        await ReplyAsync(354, "End data with <CR><LF>.<CR><LF>").ConfigureAwait(false);
                        var data = new StringBuilder();
                        string? dataLine;
                        while ((dataLine = await _reader.ReadLineAsync(ct).ConfigureAwait(false)) is not null && dataLine != ".")
                        {
                            data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine.Substring(1) : dataLine);
                        }

                        if (data.Length > MaxMessageBytes)
                        {
                            await ReplyAsync(552, "Message size exceeds fixed maximum").ConfigureAwait(false);
                            break;
                        }

                        _current.Data = data.ToString();
                        lock (_inbox)
                        {
                            _inbox.Add(_current);
                        }

                        _current = null;
                        await ReplyAsync(250, "Queued").ConfigureAwait(false);
                        break;
                    case "RSET":
                        _current = null;
                        await ReplyAsync(250, "OK").ConfigureAwait(false);
                        break;
                    case "NOOP":
                        await ReplyAsync(250, "OK").ConfigureAwait(false);
                        break;
                    case "QUIT":
                        await ReplyAsync(221, "Bye").ConfigureAwait(false);
                        return;
                    default:
                        await ReplyAsync(502, "Command not implemented").ConfigureAwait(false);
                        break;
                }
            }
        }
    }

    public sealed class SmtpSink : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 2525);

        public List<CapturedMail> Inbox { get; } = new List<CapturedMail>();

        public async Task AcceptOneAsync(CancellationToken ct)
        {
            _listener.Start();
            using var client = await _listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
            var session = new SmtpSinkSession(client.GetStream(), Inbox);
            await session.RunAsync(ct).ConfigureAwait(false);
        }

        public void Dispose() => _listener.Stop();
    }
}
