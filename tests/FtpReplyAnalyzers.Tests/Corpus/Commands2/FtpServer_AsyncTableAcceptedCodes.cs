// Models an async FTP server whose commands live in a verb-keyed table of async lambdas; every reply is one the table allows, many from the "accepted" column or the replies any command may get.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Commands2.FtpServerAsyncTableAcceptedCodes1
{
    public sealed class FtpSessionState
    {
        private readonly StreamWriter _writer;

        public FtpSessionState(StreamWriter writer, string root)
        {
            _writer = writer;
            Root = root;
        }

        public string Root { get; }
        public string Cwd { get; set; } = "/";
        public bool LoggedIn { get; set; }
        public string? PreviousVerb { get; set; }
        public string? RenameFrom { get; set; }
        public long RestartAt { get; set; }
        public TcpListener? Passive { get; set; }
        public bool ShuttingDown { get; set; }

        public string Map(string path) => Path.Combine(Root, (path.StartsWith('/') ? path : Cwd.TrimEnd('/') + "/" + path).TrimStart('/'));

        public Task ReplyAsync(int code, string text, CancellationToken ct)
            => _writer.WriteLineAsync((code.ToString(CultureInfo.InvariantCulture) + " " + text).AsMemory(), ct);
    }

    public static class CommandTable
    {
        public static readonly Dictionary<string, Func<FtpSessionState, string, CancellationToken, Task>> Handlers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["CWD"] = async (s, a, ct) =>
            {
                if (!Directory.Exists(s.Map(a)))
                {
                    await s.ReplyAsync([|431|], "No such directory.", ct);
                    return;
                }
                s.Cwd = a.StartsWith('/') ? a : s.Cwd.TrimEnd('/') + "/" + a;
                await s.ReplyAsync([|200|], "Working directory changed.", ct);
            },
            ["CDUP"] = async (s, a, ct) =>
            {
                s.Cwd = s.Cwd == "/" ? "/" : s.Cwd.Substring(0, Math.Max(1, s.Cwd.TrimEnd('/').LastIndexOf('/')));
                await s.ReplyAsync([|250|], "Directory changed to " + s.Cwd + ".", ct);
            },
            ["PWD"] = (s, a, ct) => s.LoggedIn
                ? s.ReplyAsync([|257|], "\"" + s.Cwd.Replace("\"", "\"\"") + "\"", ct)
                : s.ReplyAsync([|530|], "Not logged in.", ct),
            ["MKD"] = async (s, a, ct) =>
            {
                string local = s.Map(a);
                if (Directory.Exists(local))
                {
                    await s.ReplyAsync([|521|], "\"" + a + "\" directory already exists.", ct);
                }
                else if (a.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                {
                    await s.ReplyAsync([|553|], "Directory name not allowed.", ct);
                }
                else if (new DriveInfo(s.Root).AvailableFreeSpace < 1_048_576)
                {
                    await s.ReplyAsync([|452|], "Insufficient storage space.", ct);
                }
                else
                {
                    Directory.CreateDirectory(local);
                    await s.ReplyAsync([|257|], "\"" + a + "\" created.", ct);
                }
            },
            ["RMD"] = async (s, a, ct) =>
            {
                try
                {
                    Directory.Delete(s.Map(a));
                    await s.ReplyAsync([|250|], "Directory removed.", ct);
                }
                catch (IOException)
                {
                    await s.ReplyAsync([|450|], "Directory busy or not empty; try again later.", ct);
                }
            },
            ["STOR"] = async (s, a, ct) =>
            {
                if (File.Exists(s.Map(a)) && File.GetAttributes(s.Map(a)).HasFlag(FileAttributes.ReadOnly))
                {
                    await s.ReplyAsync([|550|], a + ": Permission denied.", ct);
                    return;
                }

                switch (s.PreviousVerb)
                {
                    case "REST" when s.RestartAt > new FileInfo(s.Map(a)).Length:
                        await s.ReplyAsync([|554|], "Restart position beyond end of file.", ct);
                        return;
                    case "REST":
                        await s.ReplyAsync([|150|], "Resuming upload at " + s.RestartAt.ToString(CultureInfo.InvariantCulture) + ".", ct);
                        break;
                    default:
                        await s.ReplyAsync([|150|], "Opening data connection.", ct);
                        break;
                }

                await s.ReplyAsync([|226|], "Transfer complete.", ct);
            },
            ["RETR"] = async (s, a, ct) =>
            {
                if (!File.Exists(s.Map(a)))
                {
                    await s.ReplyAsync([|550|], a + ": No such file.", ct);
                    return;
                }

                if (s.RestartAt > new FileInfo(s.Map(a)).Length)
                {
                    await s.ReplyAsync([|554|], "Invalid REST parameter.", ct);
                    return;
                }
                await s.ReplyAsync([|150|], "Opening BINARY mode data connection.", ct);
                await s.ReplyAsync(s.ShuttingDown ? [|426|] : [|226|], s.ShuttingDown ? "Transfer aborted." : "Transfer complete.", ct);
            },
            ["SITE"] = (s, a, ct) => a.Split(' ')[0].ToUpperInvariant() switch
            {
                "CHMOD" when !File.Exists(s.Map(a.Split(' ')[^1])) => s.ReplyAsync([|550|], "SITE CHMOD command failed.", ct),
                "CHMOD" => s.ReplyAsync([|200|], "SITE CHMOD command ok.", ct),
                "IDLE" => s.ReplyAsync([|202|], "Idle timer is fixed on this server.", ct),
                _ => s.ReplyAsync([|504|], "SITE subcommand not implemented.", ct),
            },
            ["STAT"] = (s, a, ct) => a.Length == 0
                ? s.ReplyAsync([|211|], "Server status OK.", ct)
                : File.Exists(s.Map(a)) ? s.ReplyAsync([|213|], "Status of " + a + ".", ct) : s.ReplyAsync([|550|], a + ": No such file.", ct),
            ["EPSV"] = async (s, a, ct) =>
            {
                if (a.Equals("ALL", StringComparison.OrdinalIgnoreCase))
                {
                    await s.ReplyAsync([|200|], "EPSV ALL ok.", ct);
                    return;
                }

                try
                {
                    s.Passive = new TcpListener(IPAddress.IPv6Any, 0);
                    s.Passive.Start(1);
                    await s.ReplyAsync([|229|], $"Entering Extended Passive Mode (|||{((IPEndPoint)s.Passive.LocalEndpoint).Port}|)", ct);
                }
                catch (SocketException)
                {
                    await s.ReplyAsync([|425|], "Cannot open passive listener.", ct);
                }
            },
            ["MLSD"] = async (s, a, ct) =>
            {
                await s.ReplyAsync(s.Passive != null ? [|125|] : [|150|], "Starting MLSD.", ct);
                await s.ReplyAsync([|250|], "MLSD done.", ct);
            },
            ["SIZE"] = (s, a, ct) => !File.Exists(s.Map(a))
                ? s.ReplyAsync([|550|], "Could not get file size.", ct)
                : s.ShuttingDown ? s.ReplyAsync([|451|], "Local error, try later.", ct) : s.ReplyAsync([|213|], new FileInfo(s.Map(a)).Length.ToString(CultureInfo.InvariantCulture), ct),
            ["RNTO"] = async (s, a, ct) =>
            {
                switch (s.PreviousVerb)
                {
                    case "RNFR" when s.RenameFrom != null:
                        File.Move(s.Map(s.RenameFrom), s.Map(a));
                        await s.ReplyAsync([|250|], "Renamed.", ct);
                        break;
                    default:
                        await s.ReplyAsync([|503|], "Send RNFR first.", ct);
                        break;
                }
            },
            ["ABOR"] = async (s, a, ct) =>
            {
                switch (s.PreviousVerb)
                {
                    case "RETR" or "STOR":
                        await s.ReplyAsync([|426|], "Connection closed; transfer aborted.", ct);
                        await s.ReplyAsync([|226|], "ABOR command successful.", ct);
                        break;
                    default:
                        await s.ReplyAsync([|225|], "No transfer to abort.", ct);
                        break;
                }
            },
            ["SYST"] = (s, a, ct) => s.ShuttingDown ? s.ReplyAsync([|421|], "Shutting down.", ct) : s.ReplyAsync([|215|], "UNIX Type: L8", ct),
            ["QUIT"] = (s, a, ct) => s.ReplyAsync([|221|], "Goodbye.", ct),
        };
    }
}
