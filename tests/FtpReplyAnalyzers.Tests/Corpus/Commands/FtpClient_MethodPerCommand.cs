// Models an FTP client with one method per command (Cwd, Cdup, Pwd, Mkd, Pasv, Type, Rest, Quit) returning the reply code, and the mirror job that calls them.
// Bugs: Cwd accepted with 257 (CWD answers 250); Pasv accepted with 250 (PASV answers 227).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientMethodPerCommand1
{
    public sealed class FtpCommandChannel : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public FtpCommandChannel(string host)
        {
            _tcp = new TcpClient(host, 21);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            GreetingCode = Read();
        }

        public int GreetingCode { get; }

        public string LastText { get; private set; } = string.Empty;

        public int User(string name) => Send("USER " + name);

        public int Pass(string password) => Send("PASS " + password);

        public int Cwd(string directory) => Send("CWD " + directory);

        public int Cdup() => Send("CDUP");

        public int Pwd(out string directory)
        {
            int code = Send("PWD");
            int first = LastText.IndexOf('"');
            int last = LastText.LastIndexOf('"');
            directory = first >= 0 && last > first ? LastText.Substring(first + 1, last - first - 1).Replace("\"\"", "\"") : string.Empty;
            return code;
        }

        public int Mkd(string directory) => Send("MKD " + directory);

        public int Type(char type) => Send("TYPE " + type);

        public int Rest(long offset) => Send("REST " + offset.ToString(CultureInfo.InvariantCulture));

        public int Pasv(out IPEndPoint? endPoint)
        {
            int code = Send("PASV");
            endPoint = null;
            int open = LastText.IndexOf('(');
            int close = LastText.IndexOf(')');
            if (open >= 0 && close > open)
            {
                string[] n = LastText.Substring(open + 1, close - open - 1).Split(',');
                endPoint = new IPEndPoint(IPAddress.Parse(string.Join('.', n[0], n[1], n[2], n[3])), int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture));
            }

            return code;
        }

        public int Quit() => Send("QUIT");

        public void Dispose() => _tcp.Dispose();

        private int Send(string command)
        {
            _writer.WriteLine(command);
            return Read();
        }

        private int Read()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            while (line.Length > 3 && line[3] == '-')
            {
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
            }

            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }

    public sealed class MirrorJob
    {
        private readonly FtpCommandChannel _ftp;
        private readonly List<string> _log = new List<string>();

        public MirrorJob(FtpCommandChannel ftp)
        {
            _ftp = ftp;
        }

        public IReadOnlyList<string> Log => _log;

        public void Login(string user, string password)
        {
            if (_ftp.GreetingCode != [|220|])
            {
                throw new IOException("server not ready");
            }

            if (_ftp.User(user) == [|331|] && _ftp.Pass(password) is not ([|230|] or [|202|]))
            {
                throw new IOException("login failed: " + _ftp.LastText);
            }
        }

        public string Enter(string remoteDirectory)
        {
            if (_ftp.Cwd(remoteDirectory) is not ([|250|] or [|257|])) // FTP0004: 257 CWD
            {
                throw new DirectoryNotFoundException(remoteDirectory + ": " + _ftp.LastText);
            }

            if (_ftp.Pwd(out string current) != [|257|])
            {
                throw new IOException("PWD failed: " + _ftp.LastText);
            }

            _log.Add("entered " + current);
            return current;
        }

        public void Leave()
        {
            if (_ftp.Cdup() is not ([|200|] or [|250|]))
            {
                _log.Add("CDUP refused: " + _ftp.LastText);
            }
        }

        public void EnsureRemoteDirectory(string name)
        {
            int code = _ftp.Mkd(name);
            if (code != [|257|] && code != [|550|])
            {
                throw new IOException("MKD " + name + ": " + _ftp.LastText);
            }
        }

        public IPEndPoint PrepareTransfer(long resumeAt)
        {
            if (_ftp.Type('I') != [|200|])
            {
                throw new IOException("binary mode refused");
            }

            if (resumeAt > 0 && _ftp.Rest(resumeAt) != [|350|])
            {
                throw new IOException("server cannot resume: " + _ftp.LastText);
            }

            if (_ftp.Pasv(out IPEndPoint? endPoint) is not ([|227|] or [|250|]) || endPoint == null) // FTP0004: 250 PASV
            {
                throw new IOException("passive mode refused: " + _ftp.LastText);
            }

            return endPoint;
        }

        public void Finish()
        {
            if (_ftp.Quit() != [|221|])
            {
                _log.Add("QUIT: " + _ftp.LastText);
            }
        }
    }
}
