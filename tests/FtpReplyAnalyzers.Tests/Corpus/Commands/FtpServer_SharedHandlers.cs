// Models an FTP server whose handlers are shared by several verbs (PASV/EPSV, CWD/XCWD/CDUP, MODE/STRU/TYPE), with a nested switch on SITE subcommands and non-standard checksum commands (XSHA1, XMD5).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Commands.FtpServerSharedHandlers1
{
    public sealed class SharedHandlerSession
    {
        private readonly string _root;
        private readonly IPAddress _publicAddress;
        private StreamWriter _out = StreamWriter.Null;
        private string _cwd = "/";
        private int _umask = 0x12;
        private TcpListener? _passive;
        private readonly Dictionary<string, string> _transferSettings = new Dictionary<string, string> { ["MODE"] = "S", ["STRU"] = "F", ["TYPE"] = "A" };

        public SharedHandlerSession(string root, IPAddress publicAddress)
        {
            _root = root;
            _publicAddress = publicAddress;
        }

        public int Umask => _umask;

        public void Attach(Stream control) => _out = new StreamWriter(control, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

        public async Task HandleAsync(string verb, string arg)
        {
            switch (verb)
            {
                case "PASV":
                case "EPSV":
                    _passive?.Stop();
                    _passive = new TcpListener(IPAddress.Any, 0);
                    _passive.Start(1);
                    int port = ((IPEndPoint)_passive.LocalEndpoint).Port;
                    if (verb == "EPSV")
                    {
                        await _out.WriteLineAsync($"[|229|] Entering Extended Passive Mode (|||{port}|)");
                    }
                    else
                    {
                        byte[] a = _publicAddress.GetAddressBytes();
                        await _out.WriteLineAsync($"[|227|] Entering Passive Mode ({a[0]},{a[1]},{a[2]},{a[3]},{port / 256},{port % 256})");
                    }

                    break;

                case "CWD":
                case "XCWD":
                case "CDUP":
                    await ChangeDirectoryAsync(verb == "CDUP" ? ".." : arg);
                    break;

                case "PWD":
                case "XPWD":
                    await _out.WriteLineAsync($"[|257|] \"{_cwd}\" is the current directory");
                    break;

                case "MODE":
                case "STRU":
                case "TYPE":
                    string wanted = arg.ToUpperInvariant();
                    bool supported = verb switch
                    {
                        "MODE" => wanted == "S",
                        "STRU" => wanted == "F",
                        _ => wanted is "A" or "I",
                    };

                    if (supported)
                    {
                        _transferSettings[verb] = wanted;
                    }

                    await ReplyAsync(supported ? [|200|] : [|504|], verb + " " + wanted + (supported ? " ok." : " not implemented."));
                    break;

                case "SITE":
                    await HandleSiteAsync(arg);
                    break;

                case "XSHA1":
                case "XMD5":
                    await HandleChecksumAsync(verb, arg);
                    break;

                default:
                    await ReplyAsync([|502|], verb + " not implemented.");
                    break;
            }
        }

        private async Task ChangeDirectoryAsync(string target)
        {
            string next = target == ".." ? Path.GetDirectoryName(_cwd.TrimEnd('/'))?.Replace('\\', '/') ?? "/" : (target.StartsWith('/') ? target : _cwd.TrimEnd('/') + "/" + target);
            if (next.Length == 0)
            {
                next = "/";
            }

            if (!Directory.Exists(Path.Combine(_root, next.TrimStart('/'))))
            {
                await ReplyAsync([|550|], target + ": No such directory.");
                return;
            }

            _cwd = next;
            await ReplyAsync([|250|], "Directory successfully changed.");
        }

        private async Task HandleSiteAsync(string arg)
        {
            string[] parts = arg.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            string sub = parts.Length > 0 ? parts[0].ToUpperInvariant() : string.Empty;
            switch (sub)
            {
                case "CHMOD":
                    if (parts.Length < 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    {
                        await ReplyAsync([|501|], "SITE CHMOD needs a mode and a path.");
                        break;
                    }

                    await ReplyAsync([|200|], "SITE CHMOD command ok.");
                    break;

                case "UMASK":
                    if (parts.Length == 2 && int.TryParse(parts[1], out int mask))
                    {
                        _umask = mask;
                        await ReplyAsync([|200|], "UMASK set to " + parts[1] + ".");
                    }
                    else
                    {
                        await ReplyAsync([|501|], "SITE UMASK needs an octal value.");
                    }

                    break;

                case "IDLE":
                    await ReplyAsync([|202|], "Idle timeout is fixed on this server.");
                    break;

                default:
                    await ReplyAsync([|504|], "SITE " + sub + " not understood.");
                    break;
            }
        }

        private async Task HandleChecksumAsync(string verb, string arg)
        {
            string path = Path.Combine(_root, arg.TrimStart('/'));
            if (!File.Exists(path))
            {
                await ReplyAsync([|550|], arg + ": No such file.");
                return;
            }

            byte[] content = await File.ReadAllBytesAsync(path);
            string digest = verb == "XSHA1"
                ? Convert.ToHexString(SHA1.HashData(content))
                : Convert.ToHexString(MD5.HashData(content));
            await ReplyAsync([|250|], digest);
        }

        private Task ReplyAsync(int code, string text) => _out.WriteLineAsync(code.ToString(CultureInfo.InvariantCulture) + " " + text);
    }
}
