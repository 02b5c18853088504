// Models an FTP client that branches on reply codes with switch statements (login) and switch expressions (data-channel setup).
// Bugs: PASS handled as if it could answer 331 (case copied from the USER switch); ACCT handled as if it could answer 332; EPSV accepted with 227; PASV accepted with 229.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientLoginAndPassiveSwitch1
{
    public sealed class FtpLoginException : Exception
    {
        public FtpLoginException(string message) : base(message) { }
    }

    public sealed class SwitchingFtpClient : IDisposable
    {
        private readonly TcpClient _control = new TcpClient();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;
        private IPAddress _serverAddress = IPAddress.Loopback;

        public string LastText { get; private set; } = string.Empty;

        public void Open(string host)
        {
            _control.Connect(host, 21);
            _serverAddress = ((IPEndPoint)_control.Client.RemoteEndPoint!).Address;
            _reader = new StreamReader(_control.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_control.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            ReadReply();
        }

        public void Login(string user, string password, string? account)
        {
            bool needAccount = false;
            switch (Send("USER " + user))
            {
                case [|230|]:
                    return;
                case [|331|]:
                    break;
                case [|332|]:
                    needAccount = true;
                    break;
                case [|530|]:
                    throw new FtpLoginException("user rejected: " + LastText);
                default:
                    throw new FtpLoginException("USER failed: " + LastText);
            }

            if (!needAccount)
            {
                switch (Send("PASS " + password))
                {
                    case [|230|]:
                    case [|202|]:
                        return;
                    case [|331|]: // FTP0004: 331 PASS
                        throw new FtpLoginException("server asked for the password again");
                    case [|332|]:
                        break;
                    case [|503|]:
                    case [|530|]:
                        throw new FtpLoginException("login incorrect: " + LastText);
                    default:
                        throw new FtpLoginException("PASS failed: " + LastText);
                }
            }

            if (account == null)
            {
                throw new FtpLoginException("the server requires an account");
            }

            switch (Send("ACCT " + account))
            {
                case [|230|]:
                case [|202|]:
                    return;
                case [|332|]: // FTP0004: 332 ACCT
                    throw new FtpLoginException("account still needed");
                case [|530|]:
                    throw new FtpLoginException("account rejected: " + LastText);
                default:
                    throw new FtpLoginException("ACCT failed: " + LastText);
            }
        }

        public IPEndPoint OpenDataChannel(bool preferExtended)
        {
            if (preferExtended)
            {
                return Send("EPSV") switch
                {
                    [|229|] => ParseExtended(LastText),
                    [|227|] => ParsePassive(LastText), // FTP0004: 227 EPSV
                    [|500|] or [|502|] => FallBackToPasv(),
                    _ => throw new IOException("EPSV failed: " + LastText),
                };
            }

            return Send("PASV") switch
            {
                [|227|] => ParsePassive(LastText),
                [|229|] => ParseExtended(LastText), // FTP0004: 229 PASV
                _ => throw new IOException("PASV failed: " + LastText),
            };
        }

        public void Dispose()
        {
            if (_control.Connected)
            {
                Send("QUIT");
            }

            _control.Dispose();
        }

        private IPEndPoint FallBackToPasv()
        {
            return Send("PASV") == [|227|] ? ParsePassive(LastText) : throw new IOException("PASV failed: " + LastText);
        }

        private IPEndPoint ParseExtended(string text)
        {
            string[] fields = text.Substring(text.IndexOf('(') + 1).Split(text[text.IndexOf('(') + 1]);
            return new IPEndPoint(_serverAddress, int.Parse(fields[3], CultureInfo.InvariantCulture));
        }

        private static IPEndPoint ParsePassive(string text)
        {
            string inner = text.Substring(text.IndexOf('(') + 1);
            inner = inner.Substring(0, inner.IndexOf(')'));
            string[] n = inner.Split(',');
            var address = new IPAddress(new[] { byte.Parse(n[0], CultureInfo.InvariantCulture), byte.Parse(n[1], CultureInfo.InvariantCulture), byte.Parse(n[2], CultureInfo.InvariantCulture), byte.Parse(n[3], CultureInfo.InvariantCulture) });
            return new IPEndPoint(address, int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture));
        }

        private int Send(string command)
        {
            _writer.WriteLine(command);
            return ReadReply();
        }

        private int ReadReply()
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
}
