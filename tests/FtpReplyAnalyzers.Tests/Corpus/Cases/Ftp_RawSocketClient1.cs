// Models a minimal hand-rolled FTP client over TcpClient: greeting, USER/PASS login, TYPE, QUIT.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Corpus.RawSocketClient1
{
    public sealed class SimpleFtpClient : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public string Host { get; }
        public int Port { get; }

        public SimpleFtpClient(string host, int port = 21)
        {
            Host = host;
            Port = port;
        }

        public void Connect(string user, string password)
        {
            _tcp.ReceiveTimeout = 30000;
            _tcp.Connect(Host, Port);
            var stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            int code = ReadReply(out string text);
            if (code != [|220|])
            {
                throw new IOException("Server not ready: " + text);
            }

            code = SendCommand("USER " + user, out text);
            if (code == [|331|])
            {
                code = SendCommand("PASS " + password, out text);
            }

            if (code != [|230|] && code != [|202|])
            {
                throw new UnauthorizedAccessException("Login failed: " + text);
            }

            code = SendCommand("TYPE I", out text);
            if (code != [|200|])
            {
                throw new IOException("Could not switch to binary mode: " + text);
            }
        }

        public int SendCommand(string command, out string text)
        {
            _writer!.WriteLine(command);
            return ReadReply(out text);
        }

        private int ReadReply(out string text)
        {
            string? line = _reader!.ReadLine();
            if (line == null || line.Length < 4)
            {
                throw new IOException("Connection closed by server.");
            }

            int code = int.Parse(line.Substring(0, 3));
            var sb = new StringBuilder(line.Substring(4));

            // Multi-line reply: "123-First line" ... "123 Last line"
            if (line[3] == '-')
            {
                string terminator = line.Substring(0, 3) + " ";
                while ((line = _reader.ReadLine()) != null)
                {
                    sb.AppendLine(line);
                    if (line.StartsWith(terminator, StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }

            text = sb.ToString();
            return code;
        }

        public void Dispose()
        {
            try
            {
                if (_tcp.Connected)
                {
                    SendCommand("QUIT", out _);
                }
            }
            catch (IOException)
            {
            }

            _tcp.Dispose();
        }
    }
}
