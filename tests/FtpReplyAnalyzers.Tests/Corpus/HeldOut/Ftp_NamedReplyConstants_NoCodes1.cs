// FTP client whose reply-code checks all go through named constants (a static class of const ints and a local const); no bare codes.
using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HeldOut.FtpNamedConstants1
{
    public static class FtpReplyCode
    {
        public const int DataConnectionAlreadyOpen = 125;
        public const int FileStatusOk = 150;
        public const int CommandOk = 200;
        public const int FileStatus = 213;
        public const int ServiceReady = 220;
        public const int ClosingDataConnection = 226;
        public const int EnteringPassiveMode = 227;
        public const int LoggedIn = 230;
        public const int FileActionOk = 250;
        public const int PathnameCreated = 257;
        public const int NeedPassword = 331;
        public const int ServiceNotAvailable = 421;
        public const int NotLoggedIn = 530;
        public const int FileUnavailable = 550;
    }

    public sealed class ConstantsFtpClient : IDisposable
    {
        private const int DefaultPort = 21;
        private const int BufferSize = 4096;

        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public ConstantsFtpClient(string host, int port = DefaultPort)
        {
            _tcp = new TcpClient(host, port);
            var stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            var (code, text) = Read();
            if (code == FtpReplyCode.ServiceNotAvailable)
            {
                throw new IOException("server busy: " + text);
            }

            if (code != FtpReplyCode.ServiceReady)
            {
                throw new IOException("unexpected greeting: " + text);
            }
        }

        public void Login(string user, string password)
        {
            var (code, text) = Command("USER " + user);
            switch (code)
            {
                case FtpReplyCode.LoggedIn:
                    return;
                case FtpReplyCode.NeedPassword:
                    (code, text) = Command("PASS " + password);
                    if (code is FtpReplyCode.LoggedIn)
                    {
                        return;
                    }

                    break;
            }

            throw new UnauthorizedAccessException(code == FtpReplyCode.NotLoggedIn ? "bad credentials" : text);
        }

        public long Size(string path)
        {
            var (code, text) = Command("SIZE " + path);
            if (code == FtpReplyCode.FileUnavailable)
            {
                return -1;
            }

            return code == FtpReplyCode.FileStatus ? long.Parse(text.Trim()) : throw new IOException(text);
        }

        public byte[] Download(string path)
        {
            const int TransferComplete = FtpReplyCode.ClosingDataConnection;

            var (code, text) = Command("TYPE I");
            if (code != FtpReplyCode.CommandOk)
            {
                throw new IOException("TYPE I refused: " + text);
            }

            (code, text) = Command("PASV");
            if (code != FtpReplyCode.EnteringPassiveMode)
            {
                throw new IOException("PASV refused: " + text);
            }

            var endpoint = ParsePasv(text);

            using var data = new TcpClient();
            data.Connect(endpoint);
            (code, text) = Command("RETR " + path);
            if (code != FtpReplyCode.FileStatusOk && code != FtpReplyCode.DataConnectionAlreadyOpen)
            {
                throw new IOException(text);
            }

            using var ms = new MemoryStream();
            var buffer = new byte[BufferSize];
            int n;
            var ds = data.GetStream();
            while ((n = ds.Read(buffer, 0, buffer.Length)) > 0)
            {
                ms.Write(buffer, 0, n);
            }

            data.Close();
            (code, text) = Read();
            if (code != TransferComplete)
            {
                throw new IOException("transfer failed: " + text);
            }

            return ms.ToArray();
        }

        public string MakeDirectory(string path)
        {
            var reply = Command("MKD " + path);
            return reply.Code == FtpReplyCode.PathnameCreated ? reply.Text : throw new IOException(reply.Text);
        }

        public bool Delete(string path) => Command("DELE " + path).Code == FtpReplyCode.FileActionOk;

        private static IPEndPoint ParsePasv(string text)
        {
            var inner = text.Substring(text.IndexOf('(') + 1).TrimEnd(')', '.', ' ');
            var p = inner.Split(',');
            var ip = IPAddress.Parse(string.Join(".", p, 0, 4));
            return new IPEndPoint(ip, int.Parse(p[4]) * 256 + int.Parse(p[5]));
        }

        private (int Code, string Text) Command(string line)
        {
            _writer.WriteLine(line);
            return Read();
        }

        private (int Code, string Text) Read()
        {
            var line = _reader.ReadLine() ?? throw new IOException("closed");
            while (line.Length > 3 && line[3] == '-')
            {
                var next = _reader.ReadLine() ?? throw new IOException("closed");
                if (next.Length > 3 && next[3] == ' ' && next.StartsWith(line.Substring(0, 3), StringComparison.Ordinal))
                {
                    line = next;
                }
            }

            return (int.Parse(line.Substring(0, 3)), line.Length > 4 ? line.Substring(4) : string.Empty);
        }

        public void Dispose() => _tcp.Dispose();
    }
}
