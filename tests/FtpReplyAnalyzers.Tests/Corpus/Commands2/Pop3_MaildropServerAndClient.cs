// Models a POP3 maildrop server (switch on USER/PASS/STAT/LIST/RETR/DELE/NOOP/QUIT) and its client, whose numbers are message counts, octet sizes and ports; no FTP involved.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;

namespace Commands2.Pop3MaildropServerAndClient1
{
    public sealed record Pop3Message(int Number, string Uid, byte[] Body)
    {
        public bool Deleted { get; set; }
        public int Octets => Body.Length;
    }

    public sealed class Pop3Maildrop
    {
        private readonly List<Pop3Message> _messages;
        private bool _authorized;
        private string? _user;

        public Pop3Maildrop(IEnumerable<Pop3Message> messages) => _messages = messages.ToList();

        public string Handle(string line)
        {
            string[] parts = line.Split(' ', 2);
            string verb = parts[0].ToUpperInvariant();
            string arg = parts.Length > 1 ? parts[1] : string.Empty;
            IEnumerable<Pop3Message> live = _messages.Where(m => !m.Deleted);

            switch (verb)
            {
                case "USER":
                    _user = arg;
                    return "+OK send PASS";
                case "PASS":
                    _authorized = _user != null && arg.Length > 0;
                    return _authorized ? "+OK maildrop locked and ready" : "-ERR [AUTH] invalid password";
                case "STAT":
                    return $"+OK {live.Count()} {live.Sum(m => m.Octets)}";
                case "LIST" when arg.Length > 0:
                    Pop3Message? one = live.FirstOrDefault(m => m.Number == int.Parse(arg, CultureInfo.InvariantCulture));
                    return one == null ? "-ERR no such message" : $"+OK {one.Number} {one.Octets}";
                case "RETR":
                    Pop3Message? msg = live.FirstOrDefault(m => m.Number == int.Parse(arg, CultureInfo.InvariantCulture));
                    return msg == null ? "-ERR no such message" : $"+OK {msg.Octets} octets\r\n{Encoding.ASCII.GetString(msg.Body)}\r\n.";
                case "DELE":
                    Pop3Message? doomed = live.FirstOrDefault(m => m.Number == int.Parse(arg, CultureInfo.InvariantCulture));
                    if (doomed == null)
                    {
                        return "-ERR message " + arg + " already deleted";
                    }

                    doomed.Deleted = true;
                    return $"+OK message {doomed.Number} deleted";
                case "NOOP":
                    return "+OK";
                case "QUIT":
                    int removed = _messages.RemoveAll(m => m.Deleted);
                    return $"+OK dewey POP3 server signing off ({removed} messages deleted)";
                default:
                    return "-ERR unknown command";
            }
        }
    }

    public sealed class Pop3Client : IDisposable
    {
        private readonly TcpClient _tcp = new();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public void Connect(string host, bool implicitTls)
        {
            _tcp.Connect(host, implicitTls ? 995 : 110);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            string greeting = _reader.ReadLine() ?? string.Empty;
            if (!greeting.StartsWith("+OK", StringComparison.Ordinal))
            {
                throw new IOException("POP3 greeting: " + greeting);
            }
        }

        public (int Count, long Octets) Stat()
        {
            string[] f = Send("STAT").Split(' ');
            return (int.Parse(f[1], CultureInfo.InvariantCulture), long.Parse(f[2], CultureInfo.InvariantCulture));
        }

        public int ListSize(int message) => int.Parse(Send("LIST " + message.ToString(CultureInfo.InvariantCulture)).Split(' ')[2], CultureInfo.InvariantCulture);

        public bool Noop() => Send("NOOP").StartsWith("+OK", StringComparison.Ordinal);

        public void DownloadSmallMessages(Action<int> fetch)
        {
            var (count, octets) = Stat();
            if (count == 0 || octets == 0)
            {
                return;
            }

            for (int i = 1; i <= count; i++)
            {
                int size = ListSize(i);
                if (size <= 250)
                {
                    Console.WriteLine("tiny message " + i.ToString(CultureInfo.InvariantCulture) + ", probably a bounce");
                }

                if (size <= 226_000)
                {
                    fetch(i);
                    Send("DELE " + i.ToString(CultureInfo.InvariantCulture));
                }
            }

            if (Stat().Count == 200)
            {
                Console.WriteLine("maildrop holds exactly 200 messages; server-side limit reached");
            }
        }

        public void Dispose()
        {
            if (_tcp.Connected)
            {
                Send("QUIT");
            }

            _tcp.Dispose();
        }

        private string Send(string line)
        {
            _writer.WriteLine(line);
            return _reader.ReadLine() ?? throw new EndOfStreamException();
        }
    }
}
