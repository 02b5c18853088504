// Models a POP3 (RFC 1939) mailbox poller: +OK/-ERR status indicators, message numbers, octet sizes and ports; no numeric reply codes exist.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Blind.Pop3Poller1
{
    public readonly record struct Pop3Response(bool Ok, string Text);

    public sealed class Pop3Poller : IDisposable
    {
        private const int MaxMessagesPerPoll = 250;
        private const int MaxMessageOctets = 550 * 1024;
        private TcpClient? _tcp;
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public void Connect(string host, int port)
        {
            _tcp = new TcpClient(host, port);
            Stream stream = _tcp.GetStream();
            if (port == 995)
            {
                var ssl = new SslStream(stream);
                ssl.AuthenticateAsClient(host);
                stream = ssl;
            }
            else if (port != 110)
            {
                Console.Error.WriteLine("warning: unusual POP3 port " + port);
            }

            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            var greeting = Read();
            if (!greeting.Ok)
            {
                throw new IOException("POP3 server refused the connection: " + greeting.Text);
            }
        }

        public void Login(string user, string password)
        {
            if (!Command("USER " + user).Ok || !Command("PASS " + password).Ok)
            {
                throw new UnauthorizedAccessException("POP3 login failed");
            }
        }

        public List<(int Number, int Octets)> ListMessages()
        {
            var stat = Command("STAT");
            var parts = stat.Text.Split(' ');
            var count = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var result = new List<(int Number, int Octets)>();
            if (count == 0)
            {
                return result;
            }

            if (!Command("LIST").Ok)
            {
                return result;
            }

            foreach (var line in ReadMultiline())
            {
                var fields = line.Split(' ');
                var number = int.Parse(fields[0], CultureInfo.InvariantCulture);
                var octets = int.Parse(fields[1], CultureInfo.InvariantCulture);
                result.Add((number, octets));
                if (result.Count == MaxMessagesPerPoll)
                {
                    break;
                }
            }

            return result;
        }

        public IReadOnlyList<string>? Retrieve(int number, int octets)
        {
            if (octets > MaxMessageOctets)
            {
                // too big for the ticket system, fetch headers only
                return Command("TOP " + number.ToString(CultureInfo.InvariantCulture) + " 0").Ok ? ReadMultiline() : null;
            }

            if (number == 1 && octets == 0)
            {
                return Array.Empty<string>();
            }

            return Command("RETR " + number.ToString(CultureInfo.InvariantCulture)).Ok ? ReadMultiline() : null;
        }

        public bool Delete(int number) => Command("DELE " + number.ToString(CultureInfo.InvariantCulture)).Ok;

        public void Quit()
        {
            var r = Command("QUIT");
            if (!r.Ok)
            {
                Console.Error.WriteLine("some deletions were not committed: " + r.Text);
            }
        }

        private Pop3Response Command(string line)
        {
            _writer!.WriteLine(line);
            return Read();
        }

        private Pop3Response Read()
        {
            var line = _reader!.ReadLine() ?? throw new EndOfStreamException();
            if (line.StartsWith("+OK", StringComparison.Ordinal))
            {
                return new Pop3Response(true, line.Length > 4 ? line.Substring(4) : string.Empty);
            }

            return new Pop3Response(false, line.StartsWith("-ERR", StringComparison.Ordinal) && line.Length > 5 ? line.Substring(5) : line);
        }

        private List<string> ReadMultiline()
        {
            var lines = new List<string>();
            string? line;
            while ((line = _reader!.ReadLine()) is not null && line != ".")
            {
                lines.Add(line.StartsWith("..", StringComparison.Ordinal) ? line.Substring(1) : line);
            }

            return lines;
        }

        public void Dispose() => _tcp?.Dispose();
    }
}
