// Models a hand-rolled TcpListener FTP server: one session loop with a verb switch that calls SendReplyAsync(code, text).
using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpServerSession1
{
    public sealed class MiniFtpServerOptions
    {
        public int ControlPort { get; set; } = 21;
        public int PassivePortMin { get; set; } = 50000;
        public int PassivePortMax { get; set; } = 50100;
        public int MaxSessions { get; set; } = 200;
        public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(300);
        public string Banner { get; set; } = "MiniFtp ready";
        public string? VirtualHost { get; set; }
    }

    public sealed class MiniFtpServer
    {
        private readonly MiniFtpServerOptions _options;
        private readonly ConcurrentDictionary<Guid, FtpSession> _sessions = new ConcurrentDictionary<Guid, FtpSession>();
        private int _nextPassivePort;

        public MiniFtpServer(MiniFtpServerOptions options)
        {
            _options = options;
            _nextPassivePort = options.PassivePortMin;
        }

        public MiniFtpServerOptions Options => _options;

        public int ActiveSessions => _sessions.Count;

        public async Task RunAsync(CancellationToken ct)
        {
            var listener = new TcpListener(IPAddress.Any, _options.ControlPort);
            listener.Start(backlog: 100);
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
                    var session = new FtpSession(this, client);
                    _sessions[session.Id] = session;
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await session.RunAsync(ct).ConfigureAwait(false);
                        }
                        finally
                        {
                            _sessions.TryRemove(session.Id, out _);
                        }
                    }, ct);
                }
            }
            finally
            {
                listener.Stop();
            }
        }

        internal int NextPassivePort()
        {
            var port = Interlocked.Increment(ref _nextPassivePort);
            if (port > _options.PassivePortMax)
            {
                Interlocked.Exchange(ref _nextPassivePort, _options.PassivePortMin);
                port = _options.PassivePortMin;
            }

            return port;
        }
    }

    public sealed class FtpSession
    {
        private const int MaxCommandLength = 512;
        private readonly MiniFtpServer _server;
        private readonly TcpClient _client;
        private StreamWriter? _writer;
        private string? _user;
        private bool _loggedIn;
        private string _type = "A";
        private TcpListener? _passiveListener;

        public FtpSession(MiniFtpServer server, TcpClient client)
        {
            _server = server;
            _client = client;
        }

        public Guid Id { get; } = Guid.NewGuid();

        private Task SendReplyAsync(int code, string text)
        {
            return _writer!.WriteAsync(code.ToString(CultureInfo.InvariantCulture) + " " + text + "\r\n");
        }

        public async Task RunAsync(CancellationToken ct)
        {
            using var client = _client;
            client.ReceiveBufferSize = 8192;
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\r\n" };

            if (_server.ActiveSessions > _server.Options.MaxSessions)
            {
                await SendReplyAsync([|421|], "Too many users, please try again later.").ConfigureAwait(false);
                return;
            }

            await SendReplyAsync([|220|], _server.Options.Banner).ConfigureAwait(false);

            while (!ct.IsCancellationRequested)
            {
                string? line;
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(ct))
                {
                    idle.CancelAfter(_server.Options.IdleTimeout);
                    try
                    {
                        line = await reader.ReadLineAsync(idle.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                    {
                        await SendReplyAsync([|421|], "Idle timeout, closing control connection.").ConfigureAwait(false);
                        return;
                    }
                    catch (IOException ex) when (ex.InnerException is SocketException { ErrorCode: 10054 })
                    {
                        return;
                    }
                }

                if (line is null)
                {
                    return;
                }

                if (line.Length > MaxCommandLength)
                {
                    await SendReplyAsync([|500|], "Command line too long.").ConfigureAwait(false);
                    continue;
                }

                var space = line.IndexOf(' ');
                var verb = (space < 0 ? line : line.Substring(0, space)).ToUpperInvariant();
                var arg = space < 0 ? string.Empty : line.Substring(space + 1);

                if (!_loggedIn && verb != "USER" && verb != "PASS" && verb != "QUIT" && verb != "AUTH" && verb != "HOST" && verb != "FEAT")
                {
                    await SendReplyAsync([|530|], "Please login with USER and PASS.").ConfigureAwait(false);
                    continue;
                }

                switch (verb)
                {
                    case "HOST":
                        if (_loggedIn || _user is not null)
                        {
                            await SendReplyAsync([|503|], "HOST must be sent before USER.").ConfigureAwait(false);
                        }
                        else if (_server.Options.VirtualHost is not null && !string.Equals(arg, _server.Options.VirtualHost, StringComparison.OrdinalIgnoreCase))
                        {
                            await SendReplyAsync([|434|], "Requested host unavailable.").ConfigureAwait(false);
                        }
                        else
                        {
                            await SendReplyAsync([|220|], "Host accepted.").ConfigureAwait(false);
                        }

                        break;

                    case "USER":
                        _user = arg;
                        _loggedIn = false;
                        await SendReplyAsync([|331|], "User name okay, need password.").ConfigureAwait(false);
                        break;

                    case "PASS":
                        if (_user is null)
                        {
                            await SendReplyAsync([|503|], "Login with USER first.").ConfigureAwait(false);
                        }
                        else if (arg == "letmein")
                        {
                            _loggedIn = true;
                            await SendReplyAsync([|230|], "User logged in, proceed.").ConfigureAwait(false);
                        }
                        else
                        {
                            await Task.Delay(250, ct).ConfigureAwait(false);
                            await SendReplyAsync([|530|], "Login incorrect.").ConfigureAwait(false);
                        }

                        break;

                    case "TYPE":
                        if (arg == "I" || arg == "A" || arg == "A N")
                        {
                            _type = arg.Substring(0, 1);
                            await SendReplyAsync([|200|], "Type set to " + _type + ".").ConfigureAwait(false);
                        }
                        else
                        {
                            await SendReplyAsync([|504|], "Type not implemented for that parameter.").ConfigureAwait(false);
                        }

                        break;

                    case "PASV":
                    {
                        var port = _server.NextPassivePort();
                        _passiveListener?.Stop();
                        _passiveListener = new TcpListener(IPAddress.Any, port);
                        _passiveListener.Start(1);
                        var local = ((IPEndPoint)client.Client.LocalEndPoint!).Address.MapToIPv4().GetAddressBytes();
                        var text = string.Format(
                            CultureInfo.InvariantCulture,
                            "Entering Passive Mode ({0},{1},{2},{3},{4},{5}).",
                            local[0], local[1], local[2], local[3], port / 256, port % 256);
                        await SendReplyAsync([|227|], text).ConfigureAwait(false);
                        break;
                    }

                    case "EPSV":
                    {
                        var port = _server.NextPassivePort();
                        _passiveListener?.Stop();
                        _passiveListener = new TcpListener(IPAddress.IPv6Any, port);
                        _passiveListener.Server.DualMode = true;
                        _passiveListener.Start(1);
                        await SendReplyAsync([|229|], "Entering Extended Passive Mode (|||" + port.ToString(CultureInfo.InvariantCulture) + "|).").ConfigureAwait(false);
                        break;
                    }

                    case "NOOP":
                        await SendReplyAsync([|200|], "NOOP ok.").ConfigureAwait(false);
                        break;

                    case "QUIT":
                        await SendReplyAsync([|221|], "Goodbye.").ConfigureAwait(false);
                        _passiveListener?.Stop();
                        return;

                    default:
                        await SendReplyAsync([|502|], "Command not implemented.").ConfigureAwait(false);
                        break;
                }
            }
        }
    }
}
