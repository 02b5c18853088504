// Models the login/greeting state machine of an async FTP server session replying with ReplyAsync(code, text).
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MyServer2.Ftp
{
    public sealed class FtpServerOptions
    {
        public int Port { get; set; } = 2121;
        public int MaxConnections { get; set; } = 50;
        public int MaxFailedLogins { get; set; } = 3;
    }

    public sealed class FtpSession
    {
        private readonly StreamWriter _writer;
        private readonly FtpServerOptions _options;
        private string? _user;
        private int _failedLogins;

        public FtpSession(NetworkStream stream, FtpServerOptions options)
        {
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n" };
            _options = options;
        }

        public bool IsAuthenticated { get; private set; }

        public async Task ReplyAsync(int code, string text, CancellationToken ct = default)
        {
            await _writer.WriteLineAsync($"{code} {text}".AsMemory(), ct);
            await _writer.FlushAsync(ct);
        }

        public async Task GreetAsync(int activeConnections, CancellationToken ct)
        {
            if (activeConnections >= _options.MaxConnections)
            {
                await ReplyAsync([|421|], "Too many users, try again later.", ct);
                return;
            }

            await ReplyAsync([|220|], "Service ready for new user.", ct);
        }

        public async Task HandleUserAsync(string argument, CancellationToken ct)
        {
            if (IsAuthenticated)
            {
                await ReplyAsync([|503|], "Already logged in.", ct);
                return;
            }

            _user = argument;
            await ReplyAsync([|331|], "User name okay, need password.", ct);
        }

        public async Task HandlePassAsync(string argument, Func<string, string, bool> validate, CancellationToken ct)
        {
            if (_user is null)
            {
                await ReplyAsync([|503|], "Login with USER first.", ct);
                return;
            }

            if (validate(_user, argument))
            {
                IsAuthenticated = true;
                _failedLogins = 0;
                await ReplyAsync([|230|], "User logged in, proceed.", ct);
                return;
            }

            _failedLogins++;
            await Task.Delay(500 * _failedLogins, ct);
            if (_failedLogins == 3)
            {
                await ReplyAsync([|421|], "Too many failed logins, closing control connection.", ct);
                return;
            }

            await ReplyAsync([|530|], "Login incorrect.", ct);
        }

        public Task HandleQuitAsync(CancellationToken ct) => ReplyAsync([|221|], "Goodbye.", ct);
    }
}
