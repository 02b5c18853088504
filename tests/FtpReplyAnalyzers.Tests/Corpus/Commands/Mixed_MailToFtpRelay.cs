// Models a mail-to-FTP relay: an SMTP listener accepts scanned documents by mail and an FTP uploader stores each attachment; both sides use the same verbs (NOOP, HELP, QUIT) with their own codes.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.MixedMailToFtpRelay1
{
    public sealed class InboundSmtpSession
    {
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public InboundSmtpSession(Stream stream)
        {
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public List<string> Messages { get; } = new List<string>();

        public async Task RunAsync(CancellationToken ct)
        {
            await _writer.WriteLineAsync("220 scan-relay ESMTP");
            string? line;
            while ((line = await _reader.ReadLineAsync(ct)) != null)
            {
                string verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "HELO":
                    case "EHLO":
                    case "MAIL":
                    case "RCPT":
                        await _writer.WriteLineAsync("250 OK");
                        break;
                    case "NOOP":
                        await _writer.WriteLineAsync("250 OK");
                        break;
                    case "HELP":
                        await _writer.WriteLineAsync("214 Send scanned documents to scans@relay");
                        break;
                    case "DATA":
                        await _writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var message = new StringBuilder();
                        string? body;
                        while ((body = await _reader.ReadLineAsync(ct)) != null && body != ".")
                        {
                            message.AppendLine(body);
                        }

                        Messages.Add(message.ToString());
                        await _writer.WriteLineAsync("250 Queued for FTP upload");
                        break;
                    case "QUIT":
                        await _writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await _writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
    }

    public sealed class FtpDocumentUploader : IDisposable
    {
        private readonly TcpClient _control = new TcpClient();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public string LastText { get; private set; } = string.Empty;

        public void Connect(string host, string user, string password)
        {
            _control.Connect(host, 21);
            _reader = new StreamReader(_control.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_control.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (ReadReply() != [|220|] || Send("USER " + user) != [|331|] || Send("PASS " + password) != [|230|])
            {
                throw new IOException("FTP login failed: " + LastText);
            }

            if (Send("TYPE I") != [|200|])
            {
                throw new IOException("binary mode refused");
            }
        }

        public void Upload(string name, byte[] content)
        {
            if (Send("PASV") != [|227|])
            {
                throw new IOException("PASV: " + LastText);
            }

            string[] n = LastText.Substring(LastText.IndexOf('(') + 1).TrimEnd(')', '.').Split(',');
            var endPoint = new IPEndPoint(IPAddress.Parse(string.Join('.', n[0], n[1], n[2], n[3])), int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture));
            using var data = new TcpClient();
            data.Connect(endPoint);
            if (Send("STOR " + name) is not ([|125|] or [|150|]))
            {
                throw new IOException("STOR: " + LastText);
            }

            data.GetStream().Write(content);
            data.Close();
            if (ReadReply() is not ([|226|] or [|250|]))
            {
                throw new IOException("upload of " + name + " failed: " + LastText);
            }
        }

        public bool Alive() => Send("NOOP") == [|200|];

        public string Help() => Send("HELP") is [|214|] or [|211|] ? LastText : string.Empty;

        public void Dispose()
        {
            if (_control.Connected && Send("QUIT") != [|221|])
            {
                Console.Error.WriteLine("FTP QUIT: " + LastText);
            }

            _control.Dispose();
        }

        private int Send(string command)
        {
            _writer.WriteLine(command);
            return ReadReply();
        }

        private int ReadReply()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            while (line.Length > 3 && line[3] == '-')
            {
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
            }

            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
