// Models a hand-rolled TcpListener FTP server session: one switch on the command verb, replies written with ReplyAsync(code, text) or as whole lines.
// Bugs: EPSV answered with a 227 reply (EPSV answers 229); DELE success sent as 226 (DELE answers 250); QUIT answered with 200 (QUIT answers 221).
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.FtpServerDispatchSwitch1
{
    public sealed class FtpControlSession
    {
        private readonly TcpClient _client;
        private readonly string _root;
        private StreamWriter _writer = StreamWriter.Null;
        private string _cwd = "/";
        private string? _user;
        private bool _loggedIn;
        private bool _binary;
        private bool _epsvAll;
        private long _restartOffset;
        private string? _renameFrom;
        private TcpListener? _passive;
        private IPEndPoint? _active;

        public FtpControlSession(TcpClient client, string root)
        {
            _client = client;
            _root = root;
        }

        public bool Binary => _binary;

        public IPEndPoint? ActiveEndPoint => _active;

        public async Task RunAsync(CancellationToken ct)
        {
            NetworkStream stream = _client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await ReplyAsync([|220|], "Service ready.");

            while (!ct.IsCancellationRequested)
            {
                string? line = await reader.ReadLineAsync(ct);
                if (line == null)
                {
                    return;
                }

                int space = line.IndexOf(' ');
                string verb = (space < 0 ? line : line.Substring(0, space)).ToUpperInvariant();
                string arg = space < 0 ? string.Empty : line.Substring(space + 1);

                if (!_loggedIn && verb is not ("USER" or "PASS" or "QUIT" or "FEAT"))
                {
                    await ReplyAsync([|530|], "Please login with USER and PASS.");
                    continue;
                }

                switch (verb)
                {
                    case "USER":
                        _user = arg;
                        await ReplyAsync([|331|], "Password required for " + arg + ".");
                        break;

                    case "PASS":
                        if (_user == null)
                        {
                            await ReplyAsync([|503|], "Login with USER first.");
                        }
                        else if (CheckPassword(_user, arg))
                        {
                            _loggedIn = true;
                            await ReplyAsync([|230|], "User logged in.");
                        }
                        else
                        {
                            await ReplyAsync([|530|], "Login incorrect.");
                        }

                        break;

                    case "PWD":
                        await _writer.WriteLineAsync($"[|257|] \"{_cwd.Replace("\"", "\"\"")}\" is the current directory.");
                        break;

                    case "CWD":
                        string target = Resolve(arg);
                        if (Directory.Exists(Path.Combine(_root, target.TrimStart('/'))))
                        {
                            _cwd = target;
                            await ReplyAsync([|250|], "Directory changed to " + target + ".");
                        }
                        else
                        {
                            await ReplyAsync([|550|], arg + ": No such directory.");
                        }

                        break;

                    case "TYPE":
                        if (arg is "A" or "I" or "L 8")
                        {
                            _binary = arg != "A";
                            await ReplyAsync([|200|], "Type set to " + arg + ".");
                        }
                        else
                        {
                            await ReplyAsync([|504|], "Type " + arg + " not implemented.");
                        }

                        break;

                    case "PORT":
                        if (_epsvAll)
                        {
                            await ReplyAsync([|500|], "PORT not allowed after EPSV ALL.");
                            break;
                        }

                        string[] p = arg.Split(',');
                        if (p.Length != 6)
                        {
                            await ReplyAsync([|501|], "Syntax error in PORT arguments.");
                            break;
                        }

                        _active = new IPEndPoint(IPAddress.Parse(string.Join('.', p[0], p[1], p[2], p[3])), int.Parse(p[4], CultureInfo.InvariantCulture) * 256 + int.Parse(p[5], CultureInfo.InvariantCulture));
                        await ReplyAsync([|200|], "PORT command successful.");
                        break;

                    case "PASV":
                        IPEndPoint pasv = OpenPassive();
                        byte[] a = ((IPEndPoint)_client.Client.LocalEndPoint!).Address.MapToIPv4().GetAddressBytes();
                        await _writer.WriteLineAsync($"[|227|] Entering Passive Mode ({a[0]},{a[1]},{a[2]},{a[3]},{pasv.Port / 256},{pasv.Port % 256}).");
                        break;

                    case "EPSV":
                        if (arg.Equals("ALL", StringComparison.OrdinalIgnoreCase))
                        {
                            _epsvAll = true;
                            await ReplyAsync([|200|], "EPSV ALL command successful.");
                            break;
                        }

                        IPEndPoint epsv = OpenPassive();
                        await _writer.WriteLineAsync($"[|227|] Entering Extended Passive Mode (|||{epsv.Port}|)"); // FTP0004: 227 EPSV
                        break;

                    case "REST":
                        if (!long.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out _restartOffset))
                        {
                            await ReplyAsync([|501|], "REST requires a byte offset.");
                            break;
                        }

                        await ReplyAsync([|350|], "Restarting at " + _restartOffset.ToString(CultureInfo.InvariantCulture) + ". Send STOR or RETR.");
                        break;

                    case "DELE":
                        string file = Path.Combine(_root, Resolve(arg).TrimStart('/'));
                        if (!File.Exists(file))
                        {
                            await ReplyAsync([|550|], arg + ": No such file.");
                            break;
                        }

                        File.Delete(file);
                        await ReplyAsync([|226|], "File deleted."); // FTP0004: 226 DELE
                        break;

                    case "RNFR":
                        _renameFrom = Resolve(arg);
                        await ReplyAsync(File.Exists(Path.Combine(_root, _renameFrom.TrimStart('/'))) ? [|350|] : [|550|], "RNFR processed.");
                        break;

                    case "RNTO":
                        if (_renameFrom == null)
                        {
                            await ReplyAsync([|503|], "Bad sequence of commands: send RNFR first.");
                            break;
                        }

                        File.Move(Path.Combine(_root, _renameFrom.TrimStart('/')), Path.Combine(_root, Resolve(arg).TrimStart('/')));
                        _renameFrom = null;
                        await ReplyAsync([|250|], "Rename successful.");
                        break;

                    case "NOOP":
                        await ReplyAsync([|200|], "NOOP ok.");
                        break;

                    case "QUIT":
                        await ReplyAsync([|200|], "Goodbye."); // FTP0004: 200 QUIT
                        return;

                    default:
                        await ReplyAsync([|502|], verb + " not implemented.");
                        break;
                }
            }
        }

        private Task ReplyAsync(int code, string text)
        {
            return _writer.WriteLineAsync(code.ToString(CultureInfo.InvariantCulture) + " " + text);
        }

        private IPEndPoint OpenPassive()
        {
            _passive?.Stop();
            _active = null;
            _passive = new TcpListener(IPAddress.Any, 0);
            _passive.Start(1);
            return (IPEndPoint)_passive.LocalEndpoint;
        }

        private string Resolve(string path)
        {
            string combined = path.StartsWith('/') ? path : (_cwd.TrimEnd('/') + "/" + path);
            return combined.Length == 0 ? "/" : combined;
        }

        private static bool CheckPassword(string user, string password) => user == "anonymous" || password.Length > 0;
    }
}
