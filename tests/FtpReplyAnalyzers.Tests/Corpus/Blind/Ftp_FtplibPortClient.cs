// Models a line-by-line C# port of Python's ftplib.FTP (sendcmd/getresp/voidresp, parse227/parse229/parse257, ntransfercmd).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Blind.FtplibPort1
{
    public class Error : Exception
    {
        public Error(string message) : base(message) { }
    }

    public class ErrorReply : Error
    {
        public ErrorReply(string resp) : base(resp) { }
    }

    public class ErrorTemp : Error
    {
        public ErrorTemp(string resp) : base(resp) { }
    }

    public class ErrorPerm : Error
    {
        public ErrorPerm(string resp) : base(resp) { }
    }

    public class ErrorProto : Error
    {
        public ErrorProto(string resp) : base(resp) { }
    }

    internal enum ReplyClass
    {
        Preliminary = 1,
        Completion = 2,
        Intermediate = 3,
        Transient = 4,
        Permanent = 5,
    }

    /// <summary>An FTP client class, ported from CPython Lib/ftplib.py.</summary>
    public class Ftp : IDisposable
    {
        public const int FtpPort = 21;
        private const int MaxLine = 8192;
        private const string Crlf = "\r\n";

        private static readonly Regex Re227 = new Regex(@"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", RegexOptions.CultureInvariant);

        private TcpClient? _sock;
        private Stream? _stream;
        private StreamReader? _file;

        public string Host { get; private set; } = "";
        public int Port { get; private set; } = FtpPort;
        public int Timeout { get; set; } = 30;
        public bool PassiveServer { get; set; } = true;
        public bool TrustServerPasvIpv4Address { get; set; }
        public int Debugging { get; set; }
        public string Welcome { get; private set; } = "";
        public string LastResp { get; private set; } = "";
        public Encoding Encoding { get; set; } = Encoding.UTF8;

        public string Connect(string host = "", int port = 0, int timeout = -999)
        {
            if (host.Length > 0)
            {
                Host = host;
            }

            if (port > 0)
            {
                Port = port;
            }

            if (timeout != -999)
            {
                Timeout = timeout;
            }

            _sock = new TcpClient();
            _sock.ReceiveTimeout = Timeout * 1000;
            _sock.SendTimeout = Timeout * 1000;
            _sock.Connect(Host, Port);
            _stream = _sock.GetStream();
            _file = new StreamReader(_stream, Encoding);
            Welcome = GetResp();
            return Welcome;
        }

        public string GetWelcome()
        {
            if (Debugging > 0)
            {
                Console.WriteLine("*welcome* " + Sanitize(Welcome));
            }

            return Welcome;
        }

        private static string Sanitize(string s)
        {
            if (s.StartsWith("pass ", StringComparison.OrdinalIgnoreCase) || s.StartsWith("PASS ", StringComparison.Ordinal))
            {
                var i = s.TrimEnd('\r', '\n').Length;
                return s.Substring(0, 5) + new string('*', i - 5) + s.Substring(i);
            }

            return s;
        }

        private void PutLine(string line)
        {
            if (line.Contains('\r') || line.Contains('\n'))
            {
                throw new ArgumentException("an illegal newline character should not be contained");
            }

            line += Crlf;
            if (Debugging > 1)
            {
                Console.WriteLine("*put* " + Sanitize(line));
            }

            var bytes = Encoding.GetBytes(line);
            _stream!.Write(bytes, 0, bytes.Length);
        }

        private void PutCmd(string line)
        {
            if (Debugging > 0)
            {
                Console.WriteLine("*cmd* " + Sanitize(line));
            }

            PutLine(line);
        }

        private string GetLine()
        {
            var line = _file!.ReadLine();
            if (line is null)
            {
                throw new EndOfStreamException();
            }

            if (line.Length > MaxLine)
            {
                throw new Error("got more than " + MaxLine + " bytes");
            }

            if (Debugging > 1)
            {
                Console.WriteLine("*get* " + Sanitize(line));
            }

            return line;
        }

        private string GetMultiLine()
        {
            var line = GetLine();
            if (line.Length > 3 && line[3] == '-')
            {
                var code = line[..3];
                while (true)
                {
                    var nextline = GetLine();
                    line = line + "\n" + nextline;
                    if (nextline.Length > 3 && nextline[..3] == code && nextline[3] != '-')
                    {
                        break;
                    }
                }
            }

            return line;
        }

        private static ReplyClass ClassOf(string resp)
        {
            return (ReplyClass)(resp[0] - '0');
        }

        private string GetResp()
        {
            var resp = GetMultiLine();
            if (Debugging > 0)
            {
                Console.WriteLine("*resp* " + Sanitize(resp));
            }

            LastResp = resp[..3];
            switch (ClassOf(resp))
            {
                case ReplyClass.Preliminary:
                case ReplyClass.Completion:
                case ReplyClass.Intermediate:
                    return resp;
                case ReplyClass.Transient:
                    throw new ErrorTemp(resp);
                case ReplyClass.Permanent:
                    throw new ErrorPerm(resp);
                default:
                    throw new ErrorProto(resp);
            }
        }

        public string VoidResp()
        {
            var resp = GetResp();
            if (ClassOf(resp) != ReplyClass.Completion)
            {
                throw new ErrorReply(resp);
            }

            return resp;
        }

        public string Abort()
        {
            // The real ftplib sends ABOR with MSG_OOB; a plain write is what most ports end up doing.
            PutLine("ABOR");
            var resp = GetMultiLine();
            var code = resp[..3];
            if (code != [|"426"|] && code != [|"225"|] && code != [|"226"|])
            {
                throw new ErrorProto(resp);
            }

            return resp;
        }

        public string SendCmd(string cmd)
        {
            PutCmd(cmd);
            return GetResp();
        }

        public string VoidCmd(string cmd)
        {
            PutCmd(cmd);
            return VoidResp();
        }

        public (string Host, int Port) MakePasv()
        {
            if (_sock!.Client.AddressFamily == AddressFamily.InterNetwork)
            {
                var (untrustedHost, port) = Parse227(SendCmd("PASV"));
                var host = TrustServerPasvIpv4Address ? untrustedHost : ((IPEndPoint)_sock.Client.RemoteEndPoint!).Address.ToString();
                return (host, port);
            }

            var peer = (IPEndPoint)_sock.Client.RemoteEndPoint!;
            return Parse229(SendCmd("EPSV"), peer);
        }

        public (TcpClient Conn, long? Size) NTransferCmd(string cmd, long? rest = null)
        {
            long? size = null;
            if (!PassiveServer)
            {
                throw new NotSupportedException("active mode is not part of this port");
            }

            var (host, port) = MakePasv();
            var conn = new TcpClient();
            conn.Connect(host, port);
            try
            {
                if (rest is not null)
                {
                    SendCmd("REST " + rest.Value.ToString(CultureInfo.InvariantCulture));
                }

                var resp = SendCmd(cmd);

                // Some servers apparently send a 200 reply to a LIST or STOR command, before the 150 reply
                // (and way before the 226 reply). This violates the protocol, so we just discard this response.
                if (resp[..3] == [|"200"|])
                {
                    resp = GetResp();
                }

                if (resp[..3] != [|"150"|] && resp[..3] != [|"125"|])
                {
                    throw new ErrorReply(resp);
                }

                if (resp[..3] == [|"150"|])
                {
                    size = Parse150(resp);
                }
            }
            catch
            {
                conn.Dispose();
                throw;
            }

            return (conn, size);
        }

        public string Login(string user = "", string passwd = "", string acct = "")
        {
            if (user.Length == 0)
            {
                user = "anonymous";
            }

            if (user == "anonymous" && passwd.Length == 0)
            {
                passwd = "anonymous@";
            }

            var resp = SendCmd("USER " + user);
            if (resp[..3] == [|"331"|])
            {
                resp = SendCmd("PASS " + passwd);
            }

            if (resp[..3] == [|"332"|])
            {
                resp = SendCmd("ACCT " + acct);
            }

            if (resp[..3] != [|"230"|] && resp[..3] != [|"202"|])
            {
                throw new ErrorReply(resp);
            }

            return resp;
        }

        public string RetrBinary(string cmd, Action<byte[]> callback, int blocksize = 8192, long? rest = null)
        {
            VoidCmd("TYPE I");
            var (conn, _) = NTransferCmd(cmd, rest);
            using (conn)
            {
                var stream = conn.GetStream();
                var buffer = new byte[blocksize];
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    var block = new byte[n];
                    Array.Copy(buffer, block, n);
                    callback(block);
                }
            }

            return VoidResp();
        }

        public string Rename(string fromname, string toname)
        {
            var resp = SendCmd("RNFR " + fromname);
            if (resp[..3] != [|"350"|])
            {
                throw new ErrorReply(resp);
            }

            return VoidCmd("RNTO " + toname);
        }

        public string Delete(string filename)
        {
            var resp = SendCmd("DELE " + filename);
            var code = resp[..3];
            if (code == [|"250"|] || code == [|"200"|])
            {
                return resp;
            }

            throw new ErrorReply(resp);
        }

        public string Cwd(string dirname)
        {
            if (dirname == "..")
            {
                try
                {
                    return VoidCmd("CDUP");
                }
                catch (ErrorPerm msg)
                {
                    if (msg.Message[..3] != [|"500"|])
                    {
                        throw;
                    }
                }
            }
            else if (dirname.Length == 0)
            {
                dirname = ".";
            }

            return VoidCmd("CWD " + dirname);
        }

        public long? Size(string filename)
        {
            var resp = SendCmd("SIZE " + filename);
            if (resp[..3] == [|"213"|])
            {
                var s = resp[3..].Trim();
                return long.Parse(s, CultureInfo.InvariantCulture);
            }

            return null;
        }

        public string Mkd(string dirname)
        {
            var resp = VoidCmd("MKD " + dirname);

            // fix around non-compliant implementations such as IIS shipped with Windows Server 2003
            if (resp[..3] != [|"257"|])
            {
                return "";
            }

            return Parse257(resp);
        }

        public string Pwd()
        {
            var resp = VoidCmd("PWD");
            return Parse257(resp);
        }

        public string Quit()
        {
            var resp = VoidCmd("QUIT");
            Close();
            return resp;
        }

        public void Close()
        {
            _file?.Dispose();
            _sock?.Dispose();
            _file = null;
            _sock = null;
        }

        public void Dispose()
        {
            try
            {
                if (_sock is not null)
                {
                    Quit();
                }
            }
            catch (IOException)
            {
            }
            catch (Error)
            {
            }
            finally
            {
                Close();
            }
        }

        private static long? Parse150(string resp)
        {
            var m = Regex.Match(resp, @"\((\d+) bytes\)", RegexOptions.IgnoreCase);
            return m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }

        private static (string Host, int Port) Parse227(string resp)
        {
            if (resp[..3] != [|"227"|])
            {
                throw new ErrorReply(resp);
            }

            var m = Re227.Match(resp);
            if (!m.Success)
            {
                throw new ErrorProto(resp);
            }

            var numbers = new List<string>();
            for (var g = 1; g <= 6; g++)
            {
                numbers.Add(m.Groups[g].Value);
            }

            var host = string.Join(".", numbers.GetRange(0, 4));
            var port = (int.Parse(numbers[4], CultureInfo.InvariantCulture) << 8) + int.Parse(numbers[5], CultureInfo.InvariantCulture);
            return (host, port);
        }

        private static (string Host, int Port) Parse229(string resp, IPEndPoint peer)
        {
            if (resp[..3] != [|"229"|])
            {
                throw new ErrorReply(resp);
            }

            var left = resp.IndexOf('(');
            if (left < 0)
            {
                throw new ErrorProto(resp);
            }

            var right = resp.IndexOf(')', left + 1);
            if (right < 0)
            {
                throw new ErrorProto(resp);
            }

            if (resp[left + 1] != resp[right - 1])
            {
                throw new ErrorProto(resp);
            }

            var parts = resp.Substring(left + 1, right - left - 1).Split(resp[left + 1]);
            if (parts.Length != 5)
            {
                throw new ErrorProto(resp);
            }

            var port = int.Parse(parts[3], CultureInfo.InvariantCulture);
            return (peer.Address.ToString(), port);
        }

        private static string Parse257(string resp)
        {
            if (resp[..3] != [|"257"|])
            {
                throw new ErrorReply(resp);
            }

            if (resp.Substring(3, 2) != " \"")
            {
                return "";
            }

            var dirname = new StringBuilder();
            var i = 5;
            var n = resp.Length;
            while (i < n)
            {
                var c = resp[i];
                i++;
                if (c == '"')
                {
                    if (i >= n || resp[i] != '"')
                    {
                        break;
                    }

                    i++;
                }

                dirname.Append(c);
            }

            return dirname.ToString();
        }
    }
}
