// Models a hand-rolled FTP client over TcpClient that checks every reply line with StartsWith.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Idioms.RawSocketLoginClient1
{
    public sealed class FtpLoginFailedException : Exception
    {
        public FtpLoginFailedException(string reply) : base("FTP login failed: " + reply) { }
    }

    public sealed class RawFtpSession : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public int ReceiveTimeoutMs { get; set; } = 15000;

        public void Open(string host, string user, string password)
        {
            _tcp.ReceiveTimeout = ReceiveTimeoutMs;
            _tcp.Connect(host, 21);
            NetworkStream stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };

            string response = ReadReply();
            if (response.StartsWith("[|120|]"))
            {
                // "120 Service ready in 2 minutes": a second greeting follows
                response = ReadReply();
            }

            if (!response.StartsWith("[|220|]"))
            {
                throw new IOException("Unexpected greeting: " + response);
            }

            string reply = Send("USER " + user);
            if (reply.StartsWith("[|230|]"))
            {
                return; // anonymous servers may let us in straight away
            }

            if (!reply.StartsWith("[|331|]"))
            {
                throw new FtpLoginFailedException(reply);
            }

            reply = Send("PASS " + password);
            if (reply.StartsWith("[|332|]", StringComparison.Ordinal))
            {
                reply = Send("ACCT " + user);
            }

            if (!(reply.StartsWith("[|230|]") || reply.StartsWith("[|202|]")))
            {
                throw new FtpLoginFailedException(reply);
            }
        }

        public long? QuerySize(string path)
        {
            string reply = Send("SIZE " + path);
            if (reply.StartsWith("[|213|] ", StringComparison.Ordinal) && long.TryParse(reply.Substring(4), out long size))
            {
                return size;
            }

            return reply.StartsWith("[|550|]") || reply.StartsWith("[|500|]") || reply.StartsWith("[|502|]") ? null : throw new IOException(reply);
        }

        public void ChangeDirectory(string path)
        {
            string reply = Send("CWD " + path);
            switch (reply[0])
            {
                case '2':
                    return;
                case '4':
                    throw new IOException("Transient failure, try later: " + reply);
                default:
                    throw new IOException("CWD refused: " + reply);
            }
        }

        public void Dispose()
        {
            if (_tcp.Connected && _writer != null)
            {
                string bye = Send("QUIT");
                if (!bye.StartsWith("[|221|]"))
                {
                    Console.Error.WriteLine("Server did not say goodbye: " + bye);
                }
            }

            _tcp.Dispose();
        }

        private string Send(string command)
        {
            _writer!.WriteLine(command);
            return ReadReply();
        }

        private string ReadReply()
        {
            string line = _reader!.ReadLine() ?? throw new EndOfStreamException();
            if (line.Length > 3 && line[3] == '-')
            {
                string terminator = line.Substring(0, 3) + " ";
                string? next;
                while ((next = _reader.ReadLine()) != null && !next.StartsWith(terminator, StringComparison.Ordinal))
                {
                }

                return next ?? line;
            }

            return line;
        }
    }
}
