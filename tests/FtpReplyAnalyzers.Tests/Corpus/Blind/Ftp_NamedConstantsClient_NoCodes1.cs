// Models a tidy FTP client that already names every reply code with const ints and FtpStatusCode members; the only literals are ports, sizes and delays.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.NamedConstantsClient1
{
    public static class Reply
    {
        public const int RestartMarker = 110;
        public const int OpeningData = 150;
        public const int DataAlreadyOpen = 125;
        public const int CommandOk = 200;
        public const int FileStatus = 213;
        public const int ServiceReady = 220;
        public const int ClosingControl = 221;
        public const int ClosingData = 226;
        public const int EnteringPassive = 227;
        public const int EnteringExtendedPassive = 229;
        public const int LoggedIn = 230;
        public const int FileActionOk = 250;
        public const int PathCreated = 257;
        public const int NeedPassword = 331;
        public const int ServiceNotAvailable = 421;
        public const int CantOpenData = 425;
        public const int NotLoggedIn = 530;
        public const int FileUnavailable = 550;
    }

    public sealed class TidyFtpClient : IAsyncDisposable
    {
        private const int ControlPort = 21;
        private const int ReadBufferSize = 4096;
        private readonly string _host;
        private TcpClient? _tcp;
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public TidyFtpClient(string host)
        {
            _host = host;
        }

        public int LastCode { get; private set; }

        public async Task LoginAsync(string user, string password, CancellationToken ct)
        {
            _tcp = new TcpClient { ReceiveBufferSize = ReadBufferSize };
            await _tcp.ConnectAsync(_host, ControlPort, ct).ConfigureAwait(false);
            var stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };

            var code = await ReadCodeAsync(ct).ConfigureAwait(false);
            if (code == Reply.ServiceNotAvailable)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
                throw new IOException("server busy");
            }

            if (code != Reply.ServiceReady)
            {
                throw new IOException("no greeting");
            }

            code = await CommandAsync("USER " + user, ct).ConfigureAwait(false);
            if (code == Reply.NeedPassword)
            {
                code = await CommandAsync("PASS " + password, ct).ConfigureAwait(false);
            }

            switch (code)
            {
                case Reply.LoggedIn:
                    return;
                case Reply.NotLoggedIn:
                    throw new UnauthorizedAccessException("login incorrect");
                default:
                    throw new IOException("unexpected login reply " + code.ToString(CultureInfo.InvariantCulture));
            }
        }

        public async Task<bool> ExistsAsync(string path, CancellationToken ct)
        {
            var code = await CommandAsync("SIZE " + path, ct).ConfigureAwait(false);
            return code switch
            {
                Reply.FileStatus => true,
                Reply.FileUnavailable => false,
                _ => throw new IOException("SIZE not usable"),
            };
        }

        public async Task<bool> MakeDirectoryAsync(string path, CancellationToken ct)
        {
            var code = await CommandAsync("MKD " + path, ct).ConfigureAwait(false);
            return code is Reply.PathCreated || code == Reply.FileUnavailable;
        }

        public bool WasDataProblem() => LastCode.Equals(Reply.CantOpenData);

        public static bool IsTransferDone(FtpWebResponse response) =>
            response.StatusCode == FtpStatusCode.ClosingData || response.StatusCode == FtpStatusCode.FileActionOK;

        private async Task<int> CommandAsync(string line, CancellationToken ct)
        {
            await _writer!.WriteLineAsync(line.AsMemory(), ct).ConfigureAwait(false);
            return await ReadCodeAsync(ct).ConfigureAwait(false);
        }

        private async Task<int> ReadCodeAsync(CancellationToken ct)
        {
            string? line;
            do
            {
                line = await _reader!.ReadLineAsync(ct).ConfigureAwait(false) ?? throw new EndOfStreamException();
            }
            while (line.Length < 4 || line[3] == '-');

            LastCode = int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            return LastCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (_writer is not null && _tcp is { Connected: true })
            {
                try
                {
                    await _writer.WriteLineAsync("QUIT").ConfigureAwait(false);
                    if (await ReadCodeAsync(CancellationToken.None).ConfigureAwait(false) != Reply.ClosingControl)
                    {
                        Console.Error.WriteLine("server did not acknowledge QUIT");
                    }
                }
                catch (IOException)
                {
                }
            }

            _tcp?.Dispose();
        }
    }
}
