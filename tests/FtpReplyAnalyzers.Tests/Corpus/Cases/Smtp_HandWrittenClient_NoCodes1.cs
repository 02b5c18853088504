// Models a hand-written SMTP client over TcpClient: same 3-digit reply parsing as FTP, but these are SMTP replies.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Corpus.SmtpRelayClient1
{
    public sealed class SmtpProtocolException : Exception
    {
        public SmtpProtocolException(int code, string message) : base($"{code} {message}") => Code = code;
        public int Code { get; }
    }

    public sealed class RawSmtpClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public RawSmtpClient(string host, int port = 25)
        {
            _tcp = new TcpClient(host, port);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            int code = ReadResponse(out string text);
            if (code != 220)
            {
                throw new SmtpProtocolException(code, text);
            }

            code = Command("EHLO " + Environment.MachineName, out text);
            if (code != 250)
            {
                code = Command("HELO " + Environment.MachineName, out text);
                if (code != 250)
                {
                    throw new SmtpProtocolException(code, text);
                }
            }
        }

        public void Send(string from, string to, string body)
        {
            int code = Command($"MAIL FROM:<{from}>", out string text);
            if (code != 250)
            {
                throw new SmtpProtocolException(code, text);
            }

            code = Command($"RCPT TO:<{to}>", out text);
            switch (code)
            {
                case 250:
                case 251:
                    break;
                case 450:
                case 451:
                case 452:
                    throw new IOException("Temporary failure, retry later: " + text);
                case 550:
                case 553:
                    throw new ArgumentException("Recipient rejected: " + text, nameof(to));
                default:
                    throw new SmtpProtocolException(code, text);
            }

            if (Command("DATA", out text) != 354)
            {
                throw new SmtpProtocolException(354, text);
            }

            _writer.Write(body.Replace("\r\n.", "\r\n.."));
            code = Command("\r\n.", out text);
            if (code == 554 || code == 552)
            {
                throw new SmtpProtocolException(code, text);
            }
        }

        private int Command(string line, out string text)
        {
            _writer.WriteLine(line);
            return ReadResponse(out text);
        }

        private int ReadResponse(out string text)
        {
            string line;
            var sb = new StringBuilder();
            do
            {
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
                sb.AppendLine(line.Length > 4 ? line.Substring(4) : string.Empty);
            }
            while (line.Length > 3 && line[3] == '-');

            text = sb.ToString();
            return int.Parse(line.Substring(0, 3));
        }

        public void Dispose()
        {
            if (Command("QUIT", out _) == 221)
            {
                _tcp.Close();
            }

            _tcp.Dispose();
        }
    }
}
