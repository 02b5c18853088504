// NNTP client (RFC 3977) that authenticates, selects a group, lists newsgroups and fetches articles, checking numeric response codes.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace HeldOut.NntpFetcher1
{
    public sealed class NntpException : Exception
    {
        public NntpException(int code, string message) : base($"NNTP {code}: {message}") => Code = code;
        public int Code { get; }
    }

    public sealed record GroupInfo(string Name, long Count, long Low, long High);

    public sealed class NntpClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        public bool PostingAllowed { get; }

        public NntpClient(string host, int port = 119)
        {
            _tcp = new TcpClient(host, port);
            var stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };

            var (code, text) = ReadStatus();
            if (code != 200 && code != 201)
            {
                throw new NntpException(code, text);
            }

            PostingAllowed = code == 200;
        }

        public void Authenticate(string user, string password)
        {
            var (code, text) = Command("AUTHINFO USER " + user);
            if (code == 381)
            {
                (code, text) = Command("AUTHINFO PASS " + password);
            }

            if (code == 481)
            {
                throw new UnauthorizedAccessException(text);
            }

            if (code != 281)
            {
                throw new NntpException(code, text);
            }
        }

        public GroupInfo SelectGroup(string group)
        {
            var (code, text) = Command("GROUP " + group);
            if (code == 411)
            {
                throw new NntpException(code, "no such newsgroup " + group);
            }

            if (code != 211)
            {
                throw new NntpException(code, text);
            }

            var f = text.Split(' ');
            return new GroupInfo(f[3], long.Parse(f[0]), long.Parse(f[1]), long.Parse(f[2]));
        }

        public List<string> ListGroups()
        {
            var (code, text) = Command("LIST ACTIVE");
            if (code != 215)
            {
                throw new NntpException(code, text);
            }

            return ReadMultiline();
        }

        public List<string>? Article(string messageId)
        {
            var (code, text) = Command("ARTICLE " + messageId);
            switch (code)
            {
                case 220:
                    return ReadMultiline();
                case 430:
                    // no article with that message-id
                    return null;
                case 423:
                case 412:
                    throw new NntpException(code, text);
                default:
                    throw new NntpException(code, text);
            }
        }

        public bool HasArticle(string messageId) => Command("STAT " + messageId).Code == 223;

        public List<string>? Headers(long number)
        {
            var (code, _) = Command("HEAD " + number);
            return code == 221 ? ReadMultiline() : null;
        }

        private (int Code, string Text) Command(string line)
        {
            _writer.WriteLine(line);
            return ReadStatus();
        }

        private (int Code, string Text) ReadStatus()
        {
            var line = _reader.ReadLine() ?? throw new IOException("server closed the connection");
            return (int.Parse(line.AsSpan(0, 3)), line.Length > 4 ? line[4..] : string.Empty);
        }

        private List<string> ReadMultiline()
        {
            var lines = new List<string>();
            string? l;
            while ((l = _reader.ReadLine()) != null && l != ".")
            {
                lines.Add(l.StartsWith("..", StringComparison.Ordinal) ? l[1..] : l);
            }

            return lines;
        }

        public void Dispose()
        {
            try
            {
                Command("QUIT");
            }
            catch (IOException)
            {
            }

            _tcp.Dispose();
        }
    }
}
