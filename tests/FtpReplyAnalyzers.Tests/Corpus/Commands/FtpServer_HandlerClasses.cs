// Models an FTP server with one handler class per command (PwdCommandHandler, RestCommandHandler, ...) returning FtpResponse objects built from int codes.
// Bugs: PwdCommandHandler answers 250 (PWD answers 257); RestCommandHandler accepts the offset with 200 (REST answers 350).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.FtpServerHandlerClasses1
{
    public sealed class FtpResponse
    {
        public FtpResponse(int code, string message)
        {
            Code = code;
            Message = message;
        }

        public int Code { get; }
        public string Message { get; }

        public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Message;
    }

    public sealed class FtpConnectionState
    {
        public string Root { get; init; } = "/srv/ftp";
        public string CurrentDirectory { get; set; } = "/";
        public long RestartPosition { get; set; }
        public IPAddress PublicAddress { get; init; } = IPAddress.Loopback;
        public int NextPassivePort { get; set; } = 40000;

        public string MapPath(string path)
        {
            string virtualPath = path.StartsWith('/') ? path : CurrentDirectory.TrimEnd('/') + "/" + path;
            return Path.Combine(Root, virtualPath.TrimStart('/'));
        }
    }

    public abstract class FtpCommandHandler
    {
        public abstract IReadOnlyCollection<string> Names { get; }

        public abstract Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct);
    }

    public sealed class PwdCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "PWD" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            string quoted = "\"" + state.CurrentDirectory.Replace("\"", "\"\"") + "\"";
            return Task.FromResult(new FtpResponse([|250|], quoted + " is the current directory.")); // FTP0004: 250 PWD
        }
    }

    public sealed class SystCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "SYST" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
            => Task.FromResult(new FtpResponse([|215|], "UNIX Type: L8"));
    }

    public sealed class CdupCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "CDUP" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            if (state.CurrentDirectory == "/")
            {
                return Task.FromResult(new FtpResponse([|550|], "Already at the root directory."));
            }

            string parent = state.CurrentDirectory.TrimEnd('/');
            state.CurrentDirectory = parent.Substring(0, Math.Max(1, parent.LastIndexOf('/')));
            return Task.FromResult(new FtpResponse([|250|], "Directory changed to " + state.CurrentDirectory + "."));
        }
    }

    public sealed class RestCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "REST" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            if (!long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out long position))
            {
                return Task.FromResult(new FtpResponse([|501|], "Invalid restart position."));
            }

            state.RestartPosition = position;
            return Task.FromResult(new FtpResponse([|200|], "Restarting at " + position.ToString(CultureInfo.InvariantCulture) + ".")); // FTP0004: 200 REST
        }
    }

    public sealed class PasvCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "PASV" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            int port = state.NextPassivePort++;
            byte[] a = state.PublicAddress.GetAddressBytes();
            string address = string.Join(",", a[0], a[1], a[2], a[3], port / 256, port % 256);
            return Task.FromResult(new FtpResponse([|227|], "Entering Passive Mode (" + address + ")."));
        }
    }

    public sealed class EpsvCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "EPSV" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            if (argument.Length > 0 && argument != "1" && argument != "2" && !argument.Equals("ALL", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(argument.Trim().Length == 1
                    ? new FtpResponse([|522|], "Network protocol not supported, use (1,2)")
                    : new FtpResponse([|501|], "Syntax error in EPSV argument."));
            }

            int port = state.NextPassivePort++;
            return Task.FromResult(new FtpResponse([|229|], "Entering Extended Passive Mode (|||" + port.ToString(CultureInfo.InvariantCulture) + "|)"));
        }
    }

    public sealed class MkdCommandHandler : FtpCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "MKD" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            string local = state.MapPath(argument);
            if (Directory.Exists(local))
            {
                return Task.FromResult(new FtpResponse([|521|], "\"" + argument + "\" directory already exists; taking no action."));
            }

            try
            {
                Directory.CreateDirectory(local);
            }
            catch (UnauthorizedAccessException)
            {
                return Task.FromResult(new FtpResponse([|550|], argument + ": Permission denied."));
            }

            return Task.FromResult(new FtpResponse([|257|], "\"" + argument.Replace("\"", "\"\"") + "\" directory created."));
        }
    }

    public abstract class FileActionCommandHandler : FtpCommandHandler
    {
        protected static FtpResponse Done(string what) => new FtpResponse([|250|], what + " successful.");

        protected static FtpResponse Missing(string path) => new FtpResponse([|550|], path + ": No such file or directory.");

        protected static FtpResponse Busy(string path) => new FtpResponse([|450|], path + ": In use, try again later.");
    }

    public sealed class DeleCommandHandler : FileActionCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "DELE" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            string local = state.MapPath(argument);
            if (!File.Exists(local))
            {
                return Task.FromResult(Missing(argument));
            }

            try
            {
                File.Delete(local);
            }
            catch (IOException)
            {
                return Task.FromResult(Busy(argument));
            }

            return Task.FromResult(Done("DELE"));
        }
    }

    public sealed class RmdCommandHandler : FileActionCommandHandler
    {
        public override IReadOnlyCollection<string> Names { get; } = new[] { "RMD", "XRMD" };

        public override Task<FtpResponse> Process(FtpConnectionState state, string argument, CancellationToken ct)
        {
            string local = state.MapPath(argument);
            if (!Directory.Exists(local))
            {
                return Task.FromResult(Missing(argument));
            }

            Directory.Delete(local, recursive: false);
            return Task.FromResult(Done("RMD"));
        }
    }

    public static class HandlerRegistry
    {
        public static Dictionary<string, FtpCommandHandler> Build(IEnumerable<FtpCommandHandler> handlers)
        {
            var map = new Dictionary<string, FtpCommandHandler>(StringComparer.OrdinalIgnoreCase);
            foreach (FtpCommandHandler handler in handlers)
            {
                foreach (string name in handler.Names)
                {
                    map[name] = handler;
                }
            }

            return map;
        }

        public static async Task<string> DispatchAsync(Dictionary<string, FtpCommandHandler> map, FtpConnectionState state, string verb, string argument, CancellationToken ct)
        {
            if (!map.TryGetValue(verb, out FtpCommandHandler? handler))
            {
                return new FtpResponse([|502|], "Command not implemented.").ToString();
            }

            FtpResponse response = await handler.Process(state, argument, ct);
            return response.ToString();
        }
    }
}
