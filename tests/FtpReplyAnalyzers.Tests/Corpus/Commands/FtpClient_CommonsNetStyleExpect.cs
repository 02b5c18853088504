// Models a Commons-Net-style FTP client: every command goes through SendCommand(verb, argument) and the caller states the codes it accepts with Expect(reply, codes).
// Bugs: CWD expected to answer 257; PORT accepted with 227; REST accepted with 200; RNFR accepted with 200.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientCommonsNetStyleExpect1
{
    public sealed class FtpReplyException : IOException
    {
        public FtpReplyException(int code, string text) : base(code.ToString(CultureInfo.InvariantCulture) + " " + text)
        {
            Code = code;
        }

        public int Code { get; }
    }

    public sealed record FtpReplyLine(int Code, string Text);

    public sealed class ControlConnection : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public ControlConnection(string host, int port)
        {
            _tcp = new TcpClient(host, port);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            Greeting = ReadReply();
        }

        public FtpReplyLine Greeting { get; }

        public FtpReplyLine SendCommand(string verb, string? argument = null)
        {
            _writer.WriteLine(argument == null ? verb : verb + " " + argument);
            return ReadReply();
        }

        public static FtpReplyLine Expect(FtpReplyLine reply, params int[] accepted)
        {
            if (Array.IndexOf(accepted, reply.Code) < 0)
            {
                throw new FtpReplyException(reply.Code, reply.Text);
            }

            return reply;
        }

        public void Dispose() => _tcp.Dispose();

        private FtpReplyLine ReadReply()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            if (line.Length > 3 && line[3] == '-')
            {
                string end = line.Substring(0, 3) + " ";
                string? next;
                while ((next = _reader.ReadLine()) != null && !next.StartsWith(end, StringComparison.Ordinal))
                {
                }

                line = next ?? line;
            }

            return new FtpReplyLine(int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture), line.Length > 4 ? line.Substring(4) : string.Empty);
        }
    }

    public sealed class ArchiveSyncSession : IDisposable
    {
        private readonly ControlConnection _c;

        public ArchiveSyncSession(string host)
        {
            _c = new ControlConnection(host, 21);
            ControlConnection.Expect(_c.Greeting, [|220|]);
        }

        public void Login(string user, string password)
        {
            FtpReplyLine reply = ControlConnection.Expect(_c.SendCommand("USER", user), [|230|], [|331|]);
            if (reply.Code == [|331|])
            {
                ControlConnection.Expect(_c.SendCommand("PASS", password), [|230|], [|202|]);
            }
        }

        public void Binary()
        {
            ControlConnection.Expect(_c.SendCommand("TYPE", "I"), [|200|]);
            ControlConnection.Expect(_c.SendCommand("MODE", "S"), [|200|]);
            ControlConnection.Expect(_c.SendCommand("STRU", "F"), [|200|]);
        }

        public void EnterDirectory(string directory)
        {
            ControlConnection.Expect(_c.SendCommand("CWD", directory), [|257|]); // FTP0004: 257 CWD
        }

        public IPEndPoint OpenPassive()
        {
            FtpReplyLine reply = ControlConnection.Expect(_c.SendCommand("PASV"), [|227|]);
            string inner = reply.Text.Substring(reply.Text.IndexOf('(') + 1).TrimEnd(')', '.');
            string[] n = inner.Split(',');
            var address = IPAddress.Parse(string.Join('.', n[0], n[1], n[2], n[3]));
            return new IPEndPoint(address, int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture));
        }

        public void OpenActive(IPEndPoint local)
        {
            byte[] a = local.Address.GetAddressBytes();
            string argument = string.Join(",", a[0], a[1], a[2], a[3], local.Port / 256, local.Port % 256);
            ControlConnection.Expect(_c.SendCommand("PORT", argument), [|200|], [|227|]); // FTP0004: 227 PORT
        }

        public void Resume(long offset)
        {
            ControlConnection.Expect(_c.SendCommand("REST", offset.ToString(CultureInfo.InvariantCulture)), [|200|], [|350|]); // FTP0004: 200 REST
        }

        public void Allocate(long bytes)
        {
            ControlConnection.Expect(_c.SendCommand("ALLO", bytes.ToString(CultureInfo.InvariantCulture)), [|200|], [|202|]);
        }

        public void Rename(string from, string to)
        {
            ControlConnection.Expect(_c.SendCommand("RNFR", from), [|200|], [|350|]); // FTP0004: 200 RNFR
            ControlConnection.Expect(_c.SendCommand("RNTO", to), [|250|]);
        }

        public void Delete(string path)
        {
            ControlConnection.Expect(_c.SendCommand("DELE", path), [|250|]);
        }

        public void Dispose()
        {
            try
            {
                ControlConnection.Expect(_c.SendCommand("QUIT"), [|221|]);
            }
            finally
            {
                _c.Dispose();
            }
        }
    }
}
