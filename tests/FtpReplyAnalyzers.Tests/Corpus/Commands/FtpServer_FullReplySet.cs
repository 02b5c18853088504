// Models a reference FTP server used as an integration test bed: one case section per command, each sending only replies RFC 959 s5.4 lists for that command.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.FtpServerFullReplySet1
{
    public sealed class ReferenceServerOptions
    {
        public string Root { get; init; } = "/srv/ftp";
        public bool RequireAccount { get; init; }
        public bool AllowPassive { get; init; } = true;
        public long QuotaBytes { get; init; } = 1L << 30;
        public int RestartDelayMinutes { get; init; }
    }

    public sealed class ReferenceSession
    {
        private readonly ReferenceServerOptions _options;
        private readonly TcpClient _control;
        private StreamWriter _writer = StreamWriter.Null;
        private bool _loggedIn;
        private bool _accountGiven;
        private bool _passwordPending;
        private long _restart;
        private TcpListener? _pasv;
        private IPEndPoint? _port;
        private long _stored;

        public ReferenceSession(ReferenceServerOptions options, TcpClient control)
        {
            _options = options;
            _control = control;
        }

        public IPEndPoint? ActiveEndPoint => _port;

        private Task ReplyAsync(int code, string text) => _writer.WriteLineAsync(code.ToString(CultureInfo.InvariantCulture) + " " + text);

        public async Task HandleAsync(string verb, string arg, CancellationToken ct)
        {
            switch (verb)
            {
                case "ACCT":
                    if (!_passwordPending && !_loggedIn)
                    {
                        await ReplyAsync([|503|], "Send USER and PASS first.");
                    }
                    else if (arg.Length == 0)
                    {
                        await ReplyAsync([|530|], "Account rejected.");
                    }
                    else
                    {
                        _accountGiven = true;
                        _loggedIn = true;
                        await ReplyAsync(_passwordPending ? [|230|] : [|202|], "Account accepted.");
                        _passwordPending = false;
                    }

                    break;

                case "REIN":
                    _loggedIn = false;
                    _accountGiven = false;
                    if (_options.RestartDelayMinutes > 0)
                    {
                        await ReplyAsync([|120|], "Service ready in " + _options.RestartDelayMinutes.ToString(CultureInfo.InvariantCulture) + " minutes.");
                        await Task.Delay(TimeSpan.FromMinutes(_options.RestartDelayMinutes), ct);
                    }

                    await ReplyAsync([|220|], "Service ready for new user.");
                    break;

                case "PORT":
                    if (!_loggedIn)
                    {
                        await ReplyAsync([|530|], "Not logged in.");
                        break;
                    }

                    string[] h = arg.Split(',');
                    if (h.Length != 6)
                    {
                        await ReplyAsync([|501|], "Syntax error in PORT argument.");
                        break;
                    }

                    _port = new IPEndPoint(IPAddress.Parse(string.Join('.', h[0], h[1], h[2], h[3])), int.Parse(h[4], CultureInfo.InvariantCulture) * 256 + int.Parse(h[5], CultureInfo.InvariantCulture));
                    await ReplyAsync([|200|], "PORT command okay.");
                    break;

                case "PASV":
                    if (!_options.AllowPassive)
                    {
                        await ReplyAsync([|502|], "Passive mode disabled by configuration.");
                        break;
                    }

                    _pasv = new TcpListener(IPAddress.Any, 0);
                    _pasv.Start(1);
                    int pp = ((IPEndPoint)_pasv.LocalEndpoint).Port;
                    byte[] ip = ((IPEndPoint)_control.Client.LocalEndPoint!).Address.MapToIPv4().GetAddressBytes();
                    await _writer.WriteLineAsync($"[|227|] Entering Passive Mode ({ip[0]},{ip[1]},{ip[2]},{ip[3]},{pp >> 8},{pp & 255})");
                    break;

                case "MODE":
                    await ReplyAsync(arg == "S" ? [|200|] : arg is "B" or "C" ? [|504|] : [|501|], "MODE " + arg + ".");
                    break;

                case "STRU":
                    await ReplyAsync(arg == "F" ? [|200|] : arg is "R" or "P" ? [|504|] : [|501|], "STRU " + arg + ".");
                    break;

                case "TYPE":
                    await ReplyAsync(arg is "A" or "A N" or "I" ? [|200|] : arg.StartsWith('E') || arg.StartsWith('L') ? [|504|] : [|501|], "TYPE " + arg + ".");
                    break;

                case "ALLO":
                    if (!long.TryParse(arg.Split(' ')[0], out long size))
                    {
                        await ReplyAsync([|501|], "ALLO needs a byte count.");
                    }
                    else if (arg.Contains(" R ", StringComparison.Ordinal))
                    {
                        await ReplyAsync([|504|], "Record sizes are not supported.");
                    }
                    else
                    {
                        await ReplyAsync(_options.QuotaBytes == long.MaxValue ? [|202|] : [|200|], size.ToString(CultureInfo.InvariantCulture) + " bytes noted.");
                    }

                    break;

                case "REST":
                    if (!long.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out _restart))
                    {
                        await ReplyAsync([|501|], "REST needs a marker.");
                        break;
                    }

                    await ReplyAsync([|350|], "Restarting at " + _restart.ToString(CultureInfo.InvariantCulture) + ".");
                    break;

                case "STOR":
                    if (_options.RequireAccount && !_accountGiven)
                    {
                        await ReplyAsync([|532|], "Need account for storing files.");
                        break;
                    }

                    if (arg.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                    {
                        await ReplyAsync([|553|], "File name not allowed.");
                        break;
                    }

                    if (_stored >= _options.QuotaBytes)
                    {
                        await ReplyAsync([|452|], "Insufficient storage space.");
                        break;
                    }

                    await ReplyAsync([|150|], "Opening BINARY mode data connection for " + arg + ".");
                    long received = await ReceiveAsync(arg, ct);
                    if (received < 0)
                    {
                        await ReplyAsync([|426|], "Connection closed; transfer aborted.");
                    }
                    else if (_stored + received > _options.QuotaBytes)
                    {
                        await ReplyAsync([|552|], "Exceeded storage allocation.");
                    }
                    else
                    {
                        _stored += received;
                        await ReplyAsync([|226|], "Transfer complete.");
                    }

                    break;

                case "STOU":
                    string unique = "U" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
                    await ReplyAsync([|150|], "FILE: " + unique);
                    await ReplyAsync(await ReceiveAsync(unique, ct) < 0 ? [|451|] : [|226|], "Transfer finished.");
                    break;

                case "APPE":
                    if (!File.Exists(Path.Combine(_options.Root, arg)))
                    {
                        await ReplyAsync([|550|], arg + ": no such file to append to.");
                        break;
                    }

                    await ReplyAsync([|125|], "Data connection already open; transfer starting.");
                    await ReplyAsync(await ReceiveAsync(arg, ct) < 0 ? [|426|] : [|250|], "Append done.");
                    break;

                case "RETR":
                    string source = Path.Combine(_options.Root, arg);
                    if (!File.Exists(source))
                    {
                        await ReplyAsync([|550|], arg + ": No such file.");
                        break;
                    }

                    if (_pasv == null && _port == null)
                    {
                        await ReplyAsync([|425|], "Use PORT or PASV first.");
                        break;
                    }

                    await ReplyAsync([|150|], "Opening data connection for " + arg + ".");
                    await ReplyAsync([|226|], "Transfer complete.");
                    break;

                case "NLST":
                    await ReplyAsync([|125|], "Data connection already open; transfer starting.");
                    await ReplyAsync([|226|], "Closing data connection.");
                    break;

                case "SYST":
                    await ReplyAsync([|215|], "UNIX Type: L8");
                    break;

                case "STAT":
                    if (arg.Length == 0)
                    {
                        await _writer.WriteLineAsync("[|211|]-Reference server status:\r\n Logged in: " + _loggedIn + "\r\n[|211|] End of status");
                    }
                    else if (Directory.Exists(Path.Combine(_options.Root, arg)))
                    {
                        await _writer.WriteLineAsync("[|212|]-Status of " + arg + ":\r\n[|212|] End of status");
                    }
                    else if (File.Exists(Path.Combine(_options.Root, arg)))
                    {
                        await ReplyAsync([|213|], arg + " " + new FileInfo(Path.Combine(_options.Root, arg)).Length.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        await ReplyAsync([|450|], arg + ": not available.");
                    }

                    break;

                case "HELP":
                    if (arg.Length == 0)
                    {
                        await _writer.WriteLineAsync("[|214|]-Commands:\r\n USER PASS ACCT REIN PORT PASV MODE STRU TYPE ALLO REST STOR STOU APPE RETR NLST SYST STAT HELP SITE NOOP QUIT\r\n[|214|] Direct comments to ftp-admin@example.org");
                    }
                    else
                    {
                        await ReplyAsync([|211|], "Help for " + arg + ": see RFC 959.");
                    }

                    break;

                case "SITE":
                    if (!_loggedIn)
                    {
                        await ReplyAsync([|530|], "Not logged in.");
                    }
                    else if (arg.StartsWith("UMASK ", StringComparison.OrdinalIgnoreCase))
                    {
                        await ReplyAsync([|200|], "UMASK set.");
                    }
                    else if (arg.Length == 0)
                    {
                        await ReplyAsync([|501|], "SITE needs a subcommand.");
                    }
                    else
                    {
                        await ReplyAsync([|202|], "SITE " + arg + " not needed at this site.");
                    }

                    break;

                case "NOOP":
                    await ReplyAsync([|200|], "Command okay.");
                    break;

                case "QUIT":
                    await ReplyAsync([|221|], "Service closing control connection.");
                    _control.Close();
                    return;

                default:
                    await ReplyAsync([|500|], "Syntax error, command unrecognized.");
                    break;
            }
        }

        public void Attach(Stream stream, bool passwordPending)
        {
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            _passwordPending = passwordPending;
        }

        private async Task<long> ReceiveAsync(string name, CancellationToken ct)
        {
            if (_pasv == null)
            {
                return -1;
            }

            using TcpClient data = await _pasv.AcceptTcpClientAsync(ct);
            await using FileStream file = File.Create(Path.Combine(_options.Root, Path.GetFileName(name)));
            await data.GetStream().CopyToAsync(file, ct);
            return file.Length;
        }
    }
}
