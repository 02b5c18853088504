// Models a small inbound SMTP receiver for integration tests: a verb switch, HandleXxx methods, OnHelpAsync and a verb-keyed table of simple replies (no FTP involved).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.SmtpReceiverServer1
{
    public sealed class ReceivedMessage
    {
        public string From { get; set; } = string.Empty;
        public List<string> To { get; } = new List<string>();
        public StringBuilder Body { get; } = new StringBuilder();
    }

    public sealed class SmtpReceiverSession
    {
        private static readonly Dictionary<string, Func<SmtpReceiverSession, string>> SimpleReplies = new Dictionary<string, Func<SmtpReceiverSession, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["NOOP"] = s => "250 OK",
            ["RSET"] = s => s.Reset(),
            ["VRFY"] = s => "252 Cannot VRFY user, but will accept message and attempt delivery",
            ["EXPN"] = s => "502 EXPN not supported",
            ["TURN"] = s => "502 TURN not implemented",
        };

        private readonly TcpClient _client;
        private StreamWriter _writer = StreamWriter.Null;
        private ReceivedMessage? _current;

        public SmtpReceiverSession(TcpClient client)
        {
            _client = client;
        }

        public List<ReceivedMessage> Delivered { get; } = new List<ReceivedMessage>();

        public async Task RunAsync(CancellationToken ct)
        {
            using var reader = new StreamReader(_client.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await _writer.WriteLineAsync("220 mail.test.local ESMTP ready");

            while (!ct.IsCancellationRequested)
            {
                string? line = await reader.ReadLineAsync(ct);
                if (line == null)
                {
                    return;
                }

                string verb = line.Length >= 4 ? line.Substring(0, 4).ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "HELO":
                    case "EHLO":
                        await _writer.WriteLineAsync("250-mail.test.local\r\n250-SIZE 10485760\r\n250 HELP");
                        break;
                    case "MAIL":
                        _current = new ReceivedMessage { From = line.Substring(line.IndexOf(':') + 1).Trim('<', '>', ' ') };
                        await _writer.WriteLineAsync("250 2.1.0 Sender OK");
                        break;
                    case "RCPT":
                        if (_current == null)
                        {
                            await _writer.WriteLineAsync("503 5.5.1 MAIL first");
                            break;
                        }

                        _current.To.Add(line.Substring(line.IndexOf(':') + 1).Trim('<', '>', ' '));
                        await _writer.WriteLineAsync("250 2.1.5 Recipient OK");
                        break;
                    case "DATA":
                        if (_current == null || _current.To.Count == 0)
                        {
                            await _writer.WriteLineAsync("503 5.5.1 RCPT first");
                            break;
                        }

                        await _writer.WriteLineAsync("354 Start mail input; end with <CRLF>.<CRLF>");
                        string? body;
                        while ((body = await reader.ReadLineAsync(ct)) != null && body != ".")
                        {
                            _current.Body.AppendLine(body.StartsWith("..", StringComparison.Ordinal) ? body.Substring(1) : body);
                        }

                        Delivered.Add(_current);
                        _current = null;
                        await _writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "HELP":
                        await OnHelpAsync();
                        break;
                    case "QUIT":
                        await _writer.WriteLineAsync(HandleQuit());
                        _client.Close();
                        return;
                    default:
                        await _writer.WriteLineAsync(SimpleReplies.TryGetValue(verb, out var simple) ? simple(this) : "500 5.5.2 Command unrecognized");
                        break;
                }
            }
        }

        public string HandleQuit() => "221 2.0.0 mail.test.local closing connection";

        public string HandleNoop() => "250 2.0.0 OK";

        public Task OnHelpAsync() => _writer.WriteLineAsync("214 2.0.0 Commands: HELO EHLO MAIL RCPT DATA RSET NOOP QUIT VRFY");

        private string Reset()
        {
            _current = null;
            return "250 2.0.0 Reset state";
        }

        public static async Task ServeAsync(CancellationToken ct)
        {
            var listener = new TcpListener(IPAddress.Loopback, 2525);
            listener.Start();
            while (!ct.IsCancellationRequested)
            {
                TcpClient client = await listener.AcceptTcpClientAsync(ct);
                _ = new SmtpReceiverSession(client).RunAsync(ct);
            }
        }
    }
}
