// Models an NNTP (RFC 3977) news client; NNTP replies reuse numbers like 200, 211, 430, 480, 500 but are not FTP.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Corpus.NntpClient1
{
    public sealed class NntpClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public bool PostingAllowed { get; }

        public NntpClient(string host, int port = 119)
        {
            _tcp = new TcpClient(host, port);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.UTF8);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.UTF8) { NewLine = "\r\n", AutoFlush = true };

            int code = Response(out _);
            PostingAllowed = code == 200;
            if (code != 200 && code != 201)
            {
                throw new IOException("News server unavailable.");
            }
        }

        public (long First, long Last) Group(string name)
        {
            int code = Command("GROUP " + name, out string text);
            if (code == 411)
            {
                throw new ArgumentException("No such newsgroup: " + name);
            }

            if (code != 211)
            {
                throw new IOException(text);
            }

            string[] parts = text.Split(' ');
            return (long.Parse(parts[1]), long.Parse(parts[2]));
        }

        public IList<string>? Article(string messageId)
        {
            int code = Command("ARTICLE " + messageId, out string text);
            switch (code)
            {
                case 220:
                    break;
                case 430:
                    return null;
                case 480:
                    throw new UnauthorizedAccessException("Authentication required.");
                default:
                    throw new IOException(text);
            }

            var lines = new List<string>();
            string? line;
            while ((line = _reader.ReadLine()) != null && line != ".")
            {
                lines.Add(line);
            }

            return lines;
        }

        public void Authenticate(string user, string password)
        {
            if (Command("AUTHINFO USER " + user, out _) == 381 && Command("AUTHINFO PASS " + password, out string text) != 281)
            {
                throw new UnauthorizedAccessException(text);
            }
        }

        private int Command(string command, out string text)
        {
            _writer.WriteLine(command);
            return Response(out text);
        }

        private int Response(out string text)
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            text = line.Length > 4 ? line.Substring(4) : string.Empty;
            return int.Parse(line.Substring(0, 3));
        }

        public void Dispose()
        {
            Command("QUIT", out _);
            _tcp.Dispose();
        }
    }
}
