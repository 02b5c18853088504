// Models a development SMTP mail sink that writes its replies as UTF-8 literals and reply strings held in locals (no FTP).
using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.SmtpUtf8MailSink1
{
    public sealed class CapturedMail
    {
        public string From { get; set; } = string.Empty;
        public List<string> Recipients { get; } = new List<string>();
        public StringBuilder Body { get; } = new StringBuilder();
    }

    public sealed class MailSinkSession
    {
        private static readonly byte[] Banner = "220 localhost ESMTP MailSink\r\n"u8.ToArray();

        private readonly Stream _stream;
        private CapturedMail _current = new CapturedMail();
        private bool _inData;

        public MailSinkSession(Stream stream) => _stream = stream;

        public List<CapturedMail> Inbox { get; } = new List<CapturedMail>();

        public bool QueueFull { get; set; }

        public ValueTask StartAsync(CancellationToken ct) => _stream.WriteAsync(Banner, ct);

        public async Task OnLineAsync(string line, CancellationToken ct)
        {
            if (_inData)
            {
                if (line == ".")
                {
                    _inData = false;
                    Inbox.Add(_current);
                    _current = new CapturedMail();
                    await _stream.WriteAsync("250 2.0.0 Message accepted for delivery\r\n"u8.ToArray(), ct);
                }
                else
                {
                    _current.Body.AppendLine(line);
                }

                return;
            }

            string response = "250 OK";
            string verb = line.Length >= 4 ? line.Substring(0, 4).ToUpperInvariant() : line.ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    var sb = new StringBuilder();
                    sb.Append("250-localhost greets you\r\n");
                    sb.Append("250-SIZE 35882577\r\n");
                    sb.Append("250 8BITMIME");
                    response = sb.ToString();
                    break;
                case "MAIL":
                    _current.From = line.Substring(10).Trim('<', '>');
                    response = QueueFull ? "452 4.3.1 Insufficient system storage" : "250 2.1.0 Sender OK";
                    break;
                case "RCPT":
                    string rcpt = line.Substring(8).Trim('<', '>');
                    if (!rcpt.Contains('@'))
                    {
                        response = "550 5.1.1 Mailbox unavailable";
                        break;
                    }

                    _current.Recipients.Add(rcpt);
                    break;
                case "DATA":
                    _inData = true;
                    response = "354 Start mail input; end with <CRLF>.<CRLF>";
                    break;
                case "QUIT":
                    _stream.Write("221 2.0.0 Bye\r\n"u8);
                    return;
                default:
                    _stream.Write("500 5.5.1 Syntax error, command unrecognized\r\n"u8);
                    return;
            }

            await _stream.WriteAsync(Encoding.ASCII.GetBytes(response + "\r\n"), ct);
        }
    }

    public static class MailSinkListener
    {
        public const int Port = 2525;

        public static void TurnAway(Socket socket, IBufferWriter<byte> audit)
        {
            socket.Send("421 4.3.2 Too many connections, try later\r\n"u8);
            audit.Write("rejected connection, 421 sent\n"u8);
            socket.Close(250);
        }
    }
}
