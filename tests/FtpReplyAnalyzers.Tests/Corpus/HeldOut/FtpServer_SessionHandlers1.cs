// Async FTP server session whose command handlers answer through ReplyAsync(int, string), surrounded by ports, limits and delays.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.FtpServerSession1
{
    public sealed class FtpServerOptions
    {
        public int ControlPort { get; set; } = 21;
        public int MaxLineLength { get; set; } = 512;
        public int MaxFailedLogins { get; set; } = 3;
        public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(300);
        public string RootPath { get; set; } = "/srv/ftp";
    }

    public interface IUserStore
    {
        bool Verify(string user, string password);
    }

    public sealed class FtpSession
    {
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private readonly FtpServerOptions _options;
        private readonly IUserStore _users;
        private string? _pendingUser;
        private bool _loggedIn;
        private int _failedLogins;
        private string _cwd = "/";
        private string? _renameFrom;

        public FtpSession(Stream control, FtpServerOptions options, IUserStore users)
        {
            _reader = new StreamReader(control, Encoding.ASCII);
            _writer = new StreamWriter(control, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            _options = options;
            _users = users;
        }

        public async Task RunAsync(CancellationToken ct)
        {
            await ReplyAsync([|220|], "Service ready for new user.");
            while (!ct.IsCancellationRequested)
            {
                var line = await _reader.ReadLineAsync(ct);
                if (line is null)
                {
                    break;
                }

                if (line.Length > _options.MaxLineLength)
                {
                    await ReplyAsync([|500|], "Line too long.");
                    continue;
                }

                var space = line.IndexOf(' ');
                var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
                var arg = space < 0 ? string.Empty : line[(space + 1)..];
                if (verb == "QUIT")
                {
                    await ReplyAsync([|221|], "Goodbye.");
                    break;
                }

                await DispatchAsync(verb, arg);
            }
        }

        private Task DispatchAsync(string verb, string arg)
        {
            if (!_loggedIn && verb != "USER" && verb != "PASS" && verb != "FEAT")
            {
                return ReplyAsync([|530|], "Please login with USER and PASS.");
            }

            switch (verb)
            {
                case "USER": return HandleUserAsync(arg);
                case "PASS": return HandlePassAsync(arg);
                case "PWD": return ReplyAsync([|257|], $"\"{_cwd}\" is the current directory.");
                case "CWD": return HandleCwdAsync(arg);
                case "RNFR": return HandleRenameFromAsync(arg);
                case "RNTO": return HandleRenameToAsync(arg);
                case "NOOP": return ReplyAsync([|200|], "OK.");
                case "ALLO": return ReplyAsync([|202|], "No storage allocation necessary.");
                case "SYST": return ReplyAsync([|215|], "UNIX Type: L8");
                case "FEAT": return ReplyMultilineAsync([|211|], ["Features:", " UTF8", " SIZE", " MDTM", "End"]);
                default: return ReplyAsync([|502|], "Command not implemented.");
            }
        }

        private async Task HandleUserAsync(string user)
        {
            if (string.IsNullOrWhiteSpace(user))
            {
                await ReplyAsync([|501|], "Syntax error in parameters or arguments.");
                return;
            }

            _pendingUser = user;
            await ReplyAsync([|331|], "User name okay, need password.");
        }

        private async Task HandlePassAsync(string password)
        {
            if (_pendingUser is null)
            {
                await ReplyAsync([|503|], "Login with USER first.");
                return;
            }

            if (_users.Verify(_pendingUser, password))
            {
                _loggedIn = true;
                _failedLogins = 0;
                await ReplyAsync([|230|], "User logged in, proceed.");
                return;
            }

            _failedLogins++;
            if (_failedLogins >= _options.MaxFailedLogins)
            {
                await ReplyAsync([|421|], "Too many failed logins, closing control connection.");
                throw new OperationCanceledException("login limit reached");
            }

            await Task.Delay(500 * _failedLogins);
            await ReplyAsync([|530|], "Login incorrect.");
        }

        private async Task HandleCwdAsync(string path)
        {
            var target = Combine(path);
            if (!Directory.Exists(MapToDisk(target)))
            {
                await ReplyAsync([|550|], "No such directory.");
                return;
            }

            _cwd = target;
            await ReplyAsync([|250|], "Directory successfully changed.");
        }

        private async Task HandleRenameFromAsync(string path)
        {
            var disk = MapToDisk(Combine(path));
            if (!File.Exists(disk) && !Directory.Exists(disk))
            {
                await ReplyAsync([|550|], "File not found.");
                return;
            }

            _renameFrom = disk;
            await ReplyAsync([|350|], "Ready for RNTO.");
        }

        private async Task HandleRenameToAsync(string path)
        {
            if (_renameFrom is null)
            {
                await ReplyAsync([|503|], "RNFR required first.");
                return;
            }

            try
            {
                File.Move(_renameFrom, MapToDisk(Combine(path)));
                await ReplyAsync([|250|], "Rename successful.");
            }
            catch (IOException)
            {
                await ReplyAsync([|553|], "Rename failed.");
            }
            finally
            {
                _renameFrom = null;
            }
        }

        private string Combine(string path) =>
            path.StartsWith('/') ? path : (_cwd.TrimEnd('/') + "/" + path);

        private string MapToDisk(string virtualPath) =>
            Path.Combine(_options.RootPath, virtualPath.TrimStart('/'));

        private Task ReplyAsync(int code, string text) => _writer.WriteLineAsync($"{code} {text}");

        private async Task ReplyMultilineAsync(int code, IReadOnlyList<string> lines)
        {
            for (var i = 0; i < lines.Count - 1; i++)
            {
                await _writer.WriteLineAsync($"{code}-{lines[i]}");
            }

            await _writer.WriteLineAsync($"{code} {lines[^1]}");
        }
    }

    public sealed class FtpListener
    {
        public async Task AcceptLoopAsync(FtpServerOptions options, IUserStore users, CancellationToken ct)
        {
            var listener = new TcpListener(IPAddress.Any, options.ControlPort);
            listener.Start(50);
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(ct);
                    client.ReceiveTimeout = (int)options.IdleTimeout.TotalMilliseconds;
                    var session = new FtpSession(client.GetStream(), options, users);
                    _ = Task.Run(() => session.RunAsync(ct), ct);
                }
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
