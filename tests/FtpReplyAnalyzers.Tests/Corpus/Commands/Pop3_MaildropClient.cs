// Models a POP3 maildrop poller and its test double: USER, PASS, STAT, LIST, RETR, DELE, NOOP and QUIT share FTP verb names, and the numbers are message counts and sizes (no FTP involved).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.Pop3MaildropClient1
{
    public sealed class Pop3Exception : Exception
    {
        public Pop3Exception(string response) : base(response) { }
    }

    public sealed class Pop3Maildrop : IDisposable
    {
        private const int LargeMessageOctets = 550 * 1024;
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public void Open(string host, string user, string password)
        {
            _tcp.Connect(host, 110);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            Ok(_reader.ReadLine());
            Ok(Send("USER " + user));
            Ok(Send("PASS " + password));
        }

        public int Stat()
        {
            string[] parts = Ok(Send("STAT")).Split(' ');
            return int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        public int List(int message)
        {
            string[] parts = Ok(Send("LIST " + message.ToString(CultureInfo.InvariantCulture))).Split(' ');
            return int.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        public string Retr(int message)
        {
            Ok(Send("RETR " + message.ToString(CultureInfo.InvariantCulture)));
            var text = new StringBuilder();
            string? line;
            while ((line = _reader.ReadLine()) != null && line != ".")
            {
                text.AppendLine(line.StartsWith("..", StringComparison.Ordinal) ? line.Substring(1) : line);
            }

            return text.ToString();
        }

        public void Dele(int message) => Ok(Send("DELE " + message.ToString(CultureInfo.InvariantCulture)));

        public bool Noop() => Send("NOOP").StartsWith("+OK", StringComparison.Ordinal);

        public void Dispose()
        {
            if (_tcp.Connected)
            {
                Send("QUIT");
            }

            _tcp.Dispose();
        }

        public IEnumerable<string> Drain(Action<string> alert)
        {
            int count = Stat();
            if (count > 250)
            {
                alert("maildrop holds " + count.ToString(CultureInfo.InvariantCulture) + " messages");
            }

            for (int i = 1; i <= count; i++)
            {
                if (List(i) > LargeMessageOctets)
                {
                    alert("skipping large message " + i.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                yield return Retr(i);
                Dele(i);
            }
        }

        private string Send(string command)
        {
            _writer.WriteLine(command);
            return _reader.ReadLine() ?? throw new EndOfStreamException();
        }

        private static string Ok(string? response)
        {
            return response != null && response.StartsWith("+OK", StringComparison.Ordinal) ? response : throw new Pop3Exception(response ?? "connection closed");
        }
    }

    public sealed class FakePop3Server
    {
        private readonly List<string> _messages = new List<string> { "Subject: a\r\n\r\nfirst", "Subject: b\r\n\r\nsecond" };

        public string Answer(string line)
        {
            string[] parts = line.Split(' ');
            switch (parts[0].ToUpperInvariant())
            {
                case "USER":
                case "PASS":
                case "NOOP":
                    return "+OK";
                case "STAT":
                    int octets = 0;
                    foreach (string m in _messages)
                    {
                        octets += m.Length;
                    }

                    return "+OK " + _messages.Count.ToString(CultureInfo.InvariantCulture) + " " + octets.ToString(CultureInfo.InvariantCulture);
                case "LIST":
                    int n = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    return n <= _messages.Count ? "+OK " + parts[1] + " " + _messages[n - 1].Length.ToString(CultureInfo.InvariantCulture) : "-ERR no such message";
                case "DELE":
                    return "+OK message " + parts[1] + " deleted";
                case "QUIT":
                    return "+OK bye";
                default:
                    return "-ERR unknown command";
            }
        }
    }
}
