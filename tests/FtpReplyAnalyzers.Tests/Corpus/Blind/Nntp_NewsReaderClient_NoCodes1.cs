// Models an NNTP (RFC 3977) news reader client: three-digit response codes that overlap FTP's (200, 211, 215, 220, 221, 230, 430, 502) but are NNTP.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Blind.NntpNewsReader1
{
    public sealed class NntpResponse
    {
        public NntpResponse(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public sealed class NntpException : Exception
    {
        public NntpException(NntpResponse response) : base(response.Code.ToString(CultureInfo.InvariantCulture) + " " + response.Text)
        {
            Response = response;
        }

        public NntpResponse Response { get; }
    }

    public sealed class NntpClient : IDisposable
    {
        public const int DefaultPort = 119;
        public const int DefaultTlsPort = 563;
        private TcpClient? _tcp;
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public bool PostingAllowed { get; private set; }

        public string? CurrentGroup { get; private set; }

        public void Connect(string host, int port = DefaultPort)
        {
            _tcp = new TcpClient(host, port);
            var stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };

            var greeting = ReadResponse();
            if (greeting.Code == 200)
            {
                PostingAllowed = true;
            }
            else if (greeting.Code == 201)
            {
                PostingAllowed = false;
            }
            else
            {
                throw new NntpException(greeting);
            }
        }

        public void Authenticate(string user, string password)
        {
            var r = Command("AUTHINFO USER " + user);
            if (r.Code == 381)
            {
                r = Command("AUTHINFO PASS " + password);
            }

            if (r.Code != 281)
            {
                throw new NntpException(r);
            }
        }

        public (long Count, long Low, long High) Group(string name)
        {
            var r = Command("GROUP " + name);
            if (r.Code == 411)
            {
                throw new NntpException(r);
            }

            if (r.Code != 211)
            {
                throw new NntpException(r);
            }

            var parts = r.Text.Split(' ');
            CurrentGroup = name;
            return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        public IReadOnlyList<string>? Article(string messageId)
        {
            var r = Command("ARTICLE " + messageId);
            switch (r.Code)
            {
                case 220:
                    return ReadMultiline();
                case 430:
                case 423:
                    // no article with that message-id / number
                    return null;
                case 412:
                    throw new InvalidOperationException("no newsgroup selected");
                default:
                    throw new NntpException(r);
            }
        }

        public IReadOnlyList<string> List()
        {
            var r = Command("LIST ACTIVE");
            if (r.Code != 215)
            {
                throw new NntpException(r);
            }

            return ReadMultiline();
        }

        public IReadOnlyList<string> NewNews(string wildmat, DateTime sinceUtc)
        {
            var r = Command("NEWNEWS " + wildmat + " " + sinceUtc.ToString("yyyyMMdd HHmmss", CultureInfo.InvariantCulture) + " GMT");
            if (r.Code == 230)
            {
                return ReadMultiline();
            }

            if (r.Code == 502)
            {
                // NEWNEWS disabled by the server administrator
                return Array.Empty<string>();
            }

            throw new NntpException(r);
        }

        public bool Post(IEnumerable<string> articleLines)
        {
            if (!PostingAllowed)
            {
                return false;
            }

            var r = Command("POST");
            if (r.Code == 440)
            {
                return false;
            }

            if (r.Code != 340)
            {
                throw new NntpException(r);
            }

            foreach (var line in articleLines)
            {
                _writer!.WriteLine(line.StartsWith(".", StringComparison.Ordinal) ? "." + line : line);
            }

            var done = Command(".");
            return done.Code == 240;
        }

        public void Quit()
        {
            var r = Command("QUIT");
            if (r.Code != 205)
            {
                Console.Error.WriteLine("unexpected QUIT response " + r.Code);
            }
        }

        private NntpResponse Command(string line)
        {
            _writer!.WriteLine(line);
            return ReadResponse();
        }

        private NntpResponse ReadResponse()
        {
            var line = _reader!.ReadLine() ?? throw new EndOfStreamException();
            var code = int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            return new NntpResponse(code, line.Length > 4 ? line.Substring(4) : string.Empty);
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
