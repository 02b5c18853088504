// Models a hand-rolled TcpClient FTP client whose Send returns the reply code as an int, used by a nightly directory-maintenance job.
// Bugs: PWD success tested as 250 (PWD answers 257); MKD success tested as 250 (MKD answers 257).
using System;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientRawSocketDirectoryOps1
{
    public sealed class FtpProtocolException : Exception
    {
        public FtpProtocolException(string message) : base(message) { }
    }

    public sealed class DirectoryMaintenanceClient : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public int LastCode { get; private set; }

        public string LastText { get; private set; } = string.Empty;

        public void Connect(string host, string user, string password)
        {
            _tcp.Connect(host, 21);
            NetworkStream stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            if (ReadReply() != [|220|])
            {
                throw new FtpProtocolException("unexpected greeting: " + LastText);
            }

            if (Send("USER " + user) == [|331|] && Send("PASS " + password) != [|230|])
            {
                throw new FtpProtocolException("login failed: " + LastText);
            }
        }

        public string CurrentDirectory()
        {
            if (Send("PWD") == [|250|]) // FTP0004: 250 PWD
            {
                int open = LastText.IndexOf('"');
                int close = LastText.LastIndexOf('"');
                return LastText.Substring(open + 1, close - open - 1);
            }

            throw new FtpProtocolException("PWD failed: " + LastText);
        }

        public void ChangeDirectory(string path)
        {
            int code = Send("CWD " + path);
            if (code != [|250|] && code != [|200|])
            {
                throw new FtpProtocolException("CWD " + path + " failed: " + LastText);
            }
        }

        public void EnsureDirectory(string path)
        {
            if (Send("MKD " + path) == [|250|]) // FTP0004: 250 MKD
            {
                Console.WriteLine("created " + path);
                return;
            }

            if (LastCode == [|550|] && Send("CWD " + path) == [|250|])
            {
                Send("CDUP");
                return;
            }

            throw new FtpProtocolException("cannot create " + path + ": " + LastText);
        }

        public bool RemoveDirectory(string path)
        {
            switch (Send("RMD " + path))
            {
                case [|250|]:
                    return true;
                case [|450|]:
                case [|550|]:
                    return false;
                default:
                    throw new FtpProtocolException("RMD failed: " + LastText);
            }
        }

        public void Dispose()
        {
            if (_tcp.Connected && _writer != null && Send("QUIT") != [|221|])
            {
                Console.Error.WriteLine("server did not close cleanly: " + LastText);
            }

            _tcp.Dispose();
        }

        private int Send(string command)
        {
            _writer!.WriteLine(command);
            return ReadReply();
        }

        private int ReadReply()
        {
            string line = _reader!.ReadLine() ?? throw new EndOfStreamException("control connection closed");
            string prefix = line.Substring(0, 3);
            while (line.Length > 3 && line[3] == '-')
            {
                string? next = _reader.ReadLine();
                if (next == null)
                {
                    break;
                }

                line = next;
                if (line.StartsWith(prefix + " ", StringComparison.Ordinal))
                {
                    break;
                }
            }

            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            LastCode = int.Parse(prefix, NumberStyles.None, CultureInfo.InvariantCulture);
            return LastCode;
        }
    }
}
