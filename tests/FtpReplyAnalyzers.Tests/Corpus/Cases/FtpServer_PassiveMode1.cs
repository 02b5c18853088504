// Models PASV/EPSV/PORT handling in an FTP server: reply codes mixed with port ranges and address parsing.
using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MyServer4.Ftp
{
    public interface IReplySink
    {
        Task SendReplyAsync(int code, string message, CancellationToken ct);
    }

    public sealed class PassivePortRange
    {
        public int Min { get; init; } = 50000;
        public int Max { get; init; } = 50100;
        private int _next;

        public int Next()
        {
            int span = Max - Min + 1;
            return Min + (Interlocked.Increment(ref _next) % span);
        }
    }

    public sealed class DataConnectionCommands
    {
        private readonly IReplySink _sink;
        private readonly PassivePortRange _ports;
        private readonly IPAddress _publicAddress;
        private TcpListener? _listener;
        private IPEndPoint? _activeEndPoint;

        public DataConnectionCommands(IReplySink sink, PassivePortRange ports, IPAddress publicAddress)
        {
            _sink = sink;
            _ports = ports;
            _publicAddress = publicAddress;
        }

        public async Task PasvAsync(CancellationToken ct)
        {
            if (_publicAddress.AddressFamily != AddressFamily.InterNetwork)
            {
                await _sink.SendReplyAsync([|501|], "PASV is IPv4 only, use EPSV.", ct);
                return;
            }

            int port = StartListener();
            byte[] a = _publicAddress.GetAddressBytes();
            await _sink.SendReplyAsync([|227|], $"Entering Passive Mode ({a[0]},{a[1]},{a[2]},{a[3]},{port / 256},{port % 256}).", ct);
        }

        public async Task EpsvAsync(string argument, CancellationToken ct)
        {
            if (argument == "2" && _publicAddress.AddressFamily == AddressFamily.InterNetwork)
            {
                await _sink.SendReplyAsync([|522|], "Network protocol not supported, use (1)", ct);
                return;
            }

            int port = StartListener();
            await _sink.SendReplyAsync([|229|], $"Entering Extended Passive Mode (|||{port}|)", ct);
        }

        public async Task PortAsync(string argument, CancellationToken ct)
        {
            string[] parts = argument.Split(',');
            if (parts.Length != 6)
            {
                await _sink.SendReplyAsync([|501|], "Syntax error in PORT argument.", ct);
                return;
            }

            int port = int.Parse(parts[4]) * 256 + int.Parse(parts[5]);
            if (port < 1024 || port == 2121)
            {
                await _sink.SendReplyAsync([|504|], "Refusing privileged or reserved port.", ct);
                return;
            }

            _activeEndPoint = new IPEndPoint(IPAddress.Parse(string.Join('.', parts, 0, 4)), port);
            await _sink.SendReplyAsync([|200|], "PORT command successful.", ct);
        }

        public async Task<TcpClient?> OpenDataConnectionAsync(CancellationToken ct)
        {
            try
            {
                if (_listener != null)
                {
                    return await _listener.AcceptTcpClientAsync(ct);
                }

                var client = new TcpClient { SendBufferSize = 65536 };
                await client.ConnectAsync(_activeEndPoint!, ct);
                return client;
            }
            catch (SocketException)
            {
                await _sink.SendReplyAsync([|425|], "Can't open data connection.", ct);
                return null;
            }
        }

        private int StartListener()
        {
            _listener?.Stop();
            int port = _ports.Next();
            _listener = new TcpListener(IPAddress.Any, port);
            _listener.Start(1);
            return port;
        }
    }
}
