// Models a line-protocol client base class shared by an FTP client and an SMTP client, each passing expected reply codes.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;

namespace Idioms.MixedSharedLineProtocolClient1
{
    public sealed class UnexpectedReplyException : Exception
    {
        public UnexpectedReplyException(string command, string reply) : base($"'{command}' got '{reply}'") { }
    }

    public abstract class LineProtocolClient : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader? _reader;
        private StreamWriter? _writer;

        protected string LastReply { get; private set; } = string.Empty;

        protected void Open(string host, int port)
        {
            _tcp.Connect(host, port);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        protected int ReadResponse()
        {
            string line;
            do
            {
                line = _reader!.ReadLine() ?? throw new EndOfStreamException();
            }
            while (line.Length > 3 && line[3] == '-');

            LastReply = line;
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        protected int SendAndWaitForResponse(string command, params int[] expected)
        {
            _writer!.WriteLine(command);
            int code = ReadResponse();
            if (expected.Length > 0 && !expected.Contains(code))
            {
                throw new UnexpectedReplyException(command.Split(' ')[0], LastReply);
            }

            return code;
        }

        public void Dispose() => _tcp.Dispose();
    }

    public sealed class FtpControlClient : LineProtocolClient
    {
        public void Login(string host, string user, string password)
        {
            Open(host, 21);
            if (ReadResponse() != [|220|])
            {
                throw new UnexpectedReplyException("(greeting)", LastReply);
            }

            int code = SendAndWaitForResponse("USER " + user, [|331|], [|230|]);
            if (code == [|331|])
            {
                SendAndWaitForResponse("PASS " + password, [|230|], [|202|]);
            }

            SendAndWaitForResponse("TYPE I", [|200|]);
        }

        public void MakeDirectory(string path) => SendAndWaitForResponse("MKD " + path, [|257|]);

        public void Rename(string from, string to)
        {
            SendAndWaitForResponse("RNFR " + from, [|350|]);
            SendAndWaitForResponse("RNTO " + to, [|250|]);
        }

        public void Quit() => SendAndWaitForResponse("QUIT", [|221|]);
    }

    public sealed class SmtpRelayClient : LineProtocolClient
    {
        public void Connect(string host)
        {
            Open(host, 587);
            if (ReadResponse() != 220)
            {
                throw new UnexpectedReplyException("(banner)", LastReply);
            }

            SendAndWaitForResponse("EHLO " + Environment.MachineName, 250);
        }

        public void Send(string from, string to, string body)
        {
            SendAndWaitForResponse("MAIL FROM:<" + from + ">", 250);
            SendAndWaitForResponse("RCPT TO:<" + to + ">", 250, 251);
            SendAndWaitForResponse("DATA", 354);
            SendAndWaitForResponse(body + "\r\n.", 250);
        }

        public void Quit() => SendAndWaitForResponse("QUIT", 221);
    }
}
