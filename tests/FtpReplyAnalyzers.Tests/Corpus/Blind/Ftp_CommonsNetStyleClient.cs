// Models an Apache Commons Net FTP/FTPClient port: int reply codes returned by command methods and tested against literals.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Blind.CommonsNetPort1
{
    /// <summary>Constants as in org.apache.commons.net.ftp.FTPReply (only the few the port needed).</summary>
    public static class FTPReply
    {
        public const int SERVICE_NOT_AVAILABLE = 421;
        public const int FILE_ACTION_PENDING = 350;
        public const int NOT_LOGGED_IN = 530;
    }

    public class FTPConnectionClosedException : IOException
    {
        public FTPConnectionClosedException(string message) : base(message) { }
    }

    public class FTP
    {
        public const int DEFAULT_DATA_PORT = 20;
        public const int DEFAULT_PORT = 21;

        protected int _replyCode;
        protected readonly List<string> _replyLines = new List<string>();
        protected bool _newReplyString;
        protected StreamReader? _controlInput;
        protected StreamWriter? _controlOutput;
        protected Socket? _socket;
        protected int _connectTimeout = 60000;

        public int ReplyCode => _replyCode;

        public string[] GetReplyStrings() => _replyLines.ToArray();

        public int GetReplyCode() => _replyCode;

        protected void ConnectAction()
        {
            _controlInput = new StreamReader(new NetworkStream(_socket!), Encoding.ASCII);
            _controlOutput = new StreamWriter(new NetworkStream(_socket!), Encoding.ASCII) { AutoFlush = true };
            GetReply();
        }

        public int GetReply()
        {
            _newReplyString = true;
            _replyLines.Clear();
            var line = _controlInput!.ReadLine();
            if (line is null)
            {
                throw new FTPConnectionClosedException("Connection closed without indication.");
            }

            var length = line.Length;
            if (length < 3)
            {
                throw new IOException("Truncated server reply: " + line);
            }

            _replyCode = int.Parse(line.Substring(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            _replyLines.Add(line);

            if (length > 3 && line[3] == '-')
            {
                do
                {
                    line = _controlInput.ReadLine();
                    if (line is null)
                    {
                        throw new FTPConnectionClosedException("Connection closed without indication.");
                    }

                    _replyLines.Add(line);
                }
                while (!(line.Length > 3 && line[3] != '-' && char.IsDigit(line[0])));
            }

            if (_replyCode == FTPReply.SERVICE_NOT_AVAILABLE)
            {
                throw new FTPConnectionClosedException("FTP response 421 received.  Server closed connection.");
            }

            return _replyCode;
        }

        public int SendCommand(string command, string? args = null)
        {
            var message = args is null ? command : command + " " + args;
            _controlOutput!.Write(message + "\r\n");
            return GetReply();
        }

        public int User(string username) => SendCommand("USER", username);
        public int Pass(string password) => SendCommand("PASS", password);
        public int Acct(string account) => SendCommand("ACCT", account);
        public int Cwd(string directory) => SendCommand("CWD", directory);
        public int Cdup() => SendCommand("CDUP");
        public int Quit() => SendCommand("QUIT");
        public int Rein() => SendCommand("REIN");
        public int Pasv() => SendCommand("PASV");
        public int Epsv() => SendCommand("EPSV");
        public int SendType(char type) => SendCommand("TYPE", type.ToString());
        public int Rest(string marker) => SendCommand("REST", marker);
        public int Mdtm(string file) => SendCommand("MDTM", file);
        public int Rnfr(string pathname) => SendCommand("RNFR", pathname);
        public int Rnto(string pathname) => SendCommand("RNTO", pathname);
        public int Dele(string pathname) => SendCommand("DELE", pathname);
        public int Rmd(string pathname) => SendCommand("RMD", pathname);
        public int Mkd(string pathname) => SendCommand("MKD", pathname);
        public int Pwd() => SendCommand("PWD");
        public int Syst() => SendCommand("SYST");
        public int Noop() => SendCommand("NOOP");
        public int Feat() => SendCommand("FEAT");
        public int Size(string pathname) => SendCommand("SIZE", pathname);
    }

    public class FTPClient : FTP
    {
        private long _restartOffset;
        private string? _passiveHost;
        private int _passivePort = -1;
        private int _bufferSize = 1024 * 8;
        private string? _systemName;
        private bool _remoteVerificationEnabled = true;

        public void Connect(string hostname, int port = DEFAULT_PORT)
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _socket.ReceiveTimeout = _connectTimeout;
            _socket.Connect(hostname, port);
            ConnectAction();
        }

        public bool Login(string username, string password)
        {
            User(username);

            if (_replyCode == [|230|])
            {
                return true;
            }

            // If we get here, we either have an error code, or an intermediate reply requesting password.
            if (_replyCode != [|331|])
            {
                return false;
            }

            return Pass(password) == [|230|];
        }

        public bool Login(string username, string password, string account)
        {
            User(username);

            if (_replyCode == [|230|])
            {
                return true;
            }

            if (_replyCode != [|331|])
            {
                return false;
            }

            Pass(password);

            if (_replyCode == [|230|])
            {
                return true;
            }

            if (_replyCode != [|332|])
            {
                return false;
            }

            return Acct(account) == [|230|];
        }

        public bool Logout() => Quit() == [|221|];

        public bool ChangeWorkingDirectory(string pathname) => Cwd(pathname) == [|250|];

        public bool ChangeToParentDirectory() => Cdup() == [|200|] || _replyCode == [|250|];

        public bool DeleteFile(string pathname) => Dele(pathname) == [|250|];

        public bool RemoveDirectory(string pathname) => Rmd(pathname) == [|250|];

        public bool MakeDirectory(string pathname) => Mkd(pathname) == [|257|];

        public bool SendNoOp() => Noop() == [|200|];

        public bool Rename(string from, string to)
        {
            if (Rnfr(from) != FTPReply.FILE_ACTION_PENDING)
            {
                return false;
            }

            return Rnto(to) == [|250|];
        }

        public bool SetFileType(char fileType)
        {
            if (SendType(fileType) == [|200|])
            {
                return true;
            }

            return false;
        }

        public string? GetSystemType()
        {
            if (_systemName is null && Syst() == [|215|])
            {
                _systemName = _replyLines[_replyLines.Count - 1].Substring(4);
            }

            return _systemName;
        }

        public string? PrintWorkingDirectory()
        {
            if (Pwd() != [|257|])
            {
                return null;
            }

            var reply = _replyLines[0];
            var begin = reply.IndexOf('"');
            var end = reply.LastIndexOf('"');
            return begin >= 0 && end > begin ? reply.Substring(begin + 1, end - begin - 1) : null;
        }

        public string? GetModificationTime(string pathname)
        {
            if (Mdtm(pathname) == [|213|])
            {
                return _replyLines[0].Substring(4);
            }

            return null;
        }

        public long GetSize(string pathname)
        {
            if (Size(pathname) != [|213|])
            {
                return -1;
            }

            return long.Parse(_replyLines[0].Substring(4).Trim(), CultureInfo.InvariantCulture);
        }

        public bool HasFeatures()
        {
            var code = Feat();
            if (code == [|211|])
            {
                return true;
            }

            if (code == [|500|] || code == [|502|])
            {
                // old server: FEAT is not understood at all
                return false;
            }

            return false;
        }

        public bool CompletePendingCommand()
        {
            GetReply();
            return _replyCode == [|226|] || _replyCode == [|250|];
        }

        public void SetRestartOffset(long offset)
        {
            if (offset >= 0)
            {
                _restartOffset = offset;
            }
        }

        public void EnterLocalPassiveMode()
        {
            _passiveHost = null;
            _passivePort = -1;
        }

        protected Socket? OpenDataConnection(string command, string? arg)
        {
            if (Pasv() != [|227|])
            {
                return null;
            }

            ParsePassiveModeReply(_replyLines[0]);

            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.ReceiveBufferSize = _bufferSize;
            socket.Connect(_passiveHost!, _passivePort);

            if (_restartOffset > 0 && Rest(_restartOffset.ToString(CultureInfo.InvariantCulture)) != FTPReply.FILE_ACTION_PENDING)
            {
                socket.Close();
                return null;
            }

            var code = SendCommand(command, arg);
            if (code is not ([|125|] or [|150|]))
            {
                socket.Close();
                return null;
            }

            if (_remoteVerificationEnabled && !socket.Connected)
            {
                socket.Close();
                throw new IOException("Host attempting data connection is not same as server.");
            }

            return socket;
        }

        public bool RetrieveFile(string remote, Stream local)
        {
            using (var socket = OpenDataConnection("RETR", remote))
            {
                if (socket is null)
                {
                    return false;
                }

                using var input = new NetworkStream(socket, ownsSocket: false);
                var buffer = new byte[_bufferSize];
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    local.Write(buffer, 0, read);
                }
            }

            return CompletePendingCommand();
        }

        public bool StoreFile(string remote, Stream local)
        {
            using (var socket = OpenDataConnection("STOR", remote))
            {
                if (socket is null)
                {
                    if (_replyCode == FTPReply.NOT_LOGGED_IN)
                    {
                        throw new IOException("Session expired, please log in again.");
                    }

                    return false;
                }

                using var output = new NetworkStream(socket, ownsSocket: false);
                local.CopyTo(output, _bufferSize);
            }

            return CompletePendingCommand();
        }

        private void ParsePassiveModeReply(string reply)
        {
            var open = reply.IndexOf('(');
            var close = reply.IndexOf(')', open + 1);
            var parts = reply.Substring(open + 1, close - open - 1).Split(',');
            if (parts.Length != 6)
            {
                throw new IOException("Could not parse passive host information.\nServer Reply: " + reply);
            }

            _passiveHost = string.Join(".", parts, 0, 4);
            var oct1 = int.Parse(parts[4], CultureInfo.InvariantCulture);
            var oct2 = int.Parse(parts[5], CultureInfo.InvariantCulture);
            _passivePort = (oct1 << 8) | oct2;
        }
    }
}
