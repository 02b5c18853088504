// Models an FTP server whose handler classes each serve several verbs (declared in a Verbs list), so most replies belong to no single command; the single-verb handlers branch on the previous command.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Commands2.FtpServerMultiVerbHandlerClasses1
{
    public sealed class FtpResponse
    {
        public FtpResponse(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public sealed class ConnectionState
    {
        public string Root { get; init; } = "/data";
        public string? RenameFrom { get; set; }
        public string? LastVerb { get; set; }
        public string? TransferVerb { get; set; }
        public PassiveFlavor Flavor { get; set; }
        public int DataPort { get; set; } = 40100;
        public string Map(string path) => Path.Combine(Root, path.TrimStart('/'));
    }

    public enum PassiveFlavor
    {
        Classic,
        Extended,
        Long,
    }

    public abstract class MultiVerbHandler
    {
        public abstract IReadOnlyList<string> Verbs { get; }

        public abstract Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct);

        protected static FtpResponse Ok(string text) => new FtpResponse([|200|], text);

        protected static FtpResponse NotForThatParameter(string text) => new FtpResponse([|504|], text);
    }

    public sealed class PassiveModeHandler : MultiVerbHandler
    {
        public override IReadOnlyList<string> Verbs { get; } = new[] { "PASV", "EPSV", "LPSV" };

        public override Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
        {
            state.Flavor = verb.Length == 4 && verb[0] == 'E' ? PassiveFlavor.Extended : verb[0] == 'L' ? PassiveFlavor.Long : PassiveFlavor.Classic;
            int port = state.DataPort++;
            FtpResponse response = state.Flavor switch
            {
                PassiveFlavor.Extended => new FtpResponse([|229|], $"Entering Extended Passive Mode (|||{port}|)"),
                PassiveFlavor.Long => new FtpResponse([|228|], $"Entering Long Passive Mode (4,4,127,0,0,1,2,{port >> 8},{port & 255})"),
                _ => new FtpResponse([|227|], $"Entering Passive Mode (127,0,0,1,{port >> 8},{port & 255})"),
            };
            return Task.FromResult(response);
        }
    }

    public sealed class RenameHandler : MultiVerbHandler
    {
        public override IReadOnlyList<string> Verbs { get; } = new[] { "RNFR", "RNTO" };

        public override Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
        {
            if (state.RenameFrom is null)
            {
                state.RenameFrom = argument;
                return Task.FromResult(new FtpResponse([|350|], "File exists, ready for destination name."));
            }

            File.Move(state.Map(state.RenameFrom), state.Map(argument));
            state.RenameFrom = null;
            return Task.FromResult(new FtpResponse([|250|], "Rename successful."));
        }
    }

    public sealed class TransferHandler : MultiVerbHandler
    {
        public override IReadOnlyList<string> Verbs { get; } = new[] { "RETR", "STOR", "APPE" };

        public override async Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
        {
            state.TransferVerb = verb;
            string local = state.Map(argument);
            if (new DriveInfo(state.Root).AvailableFreeSpace == 0)
            {
                return new FtpResponse([|552|], "Storage allocation exceeded.");
            }

            if (!File.Exists(local) && verb != "STOR")
            {
                return new FtpResponse([|550|], argument + ": No such file.");
            }

            await Task.Yield();
            state.TransferVerb = null;
            return new FtpResponse([|226|], "Transfer complete.");
        }
    }

    public sealed class ParameterHandler : MultiVerbHandler
    {
        public override IReadOnlyList<string> Verbs { get; } = new[] { "MODE", "TYPE", "STRU" };

        public override Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
            => Task.FromResult(argument is "S" or "F" or "I" or "A" ? Ok(verb + " set to " + argument + ".") : NotForThatParameter(verb + " " + argument + " not supported."));
    }

    public sealed class AborHandler : MultiVerbHandler
    {
        public override IReadOnlyList<string> Verbs { get; } = new[] { "ABOR" };

        public override Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
        {
            switch (state.TransferVerb)
            {
                case "RETR":
                case "STOR":
                case "APPE":
                    state.TransferVerb = null;
                    return Task.FromResult(new FtpResponse([|226|], "Abort successful."));
            }

            switch (state.LastVerb)
            {
                case "PASV":
                    return Task.FromResult(new FtpResponse([|225|], "Data connection open; no transfer in progress."));
                default:
                    return Task.FromResult(new FtpResponse([|226|], "No transfer to abort; data connection closed."));
            }
        }
    }

    public sealed class SiteHandler : MultiVerbHandler
    {
        public override IReadOnlyList<string> Verbs { get; } = new[] { "SITE" };

        public override Task<FtpResponse> ExecuteAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
        {
            string[] words = argument.Split(' ', 3);
            FtpResponse response = words[0].ToUpperInvariant() switch
            {
                "CHMOD" when words.Length == 3 => Ok("Permissions changed on " + words[2] + "."),
                "CHMOD" => new FtpResponse([|501|], "SITE CHMOD needs a mode and a path."),
                "HELP" => new FtpResponse([|202|], "No SITE help on this server."),
                "UMASK" => NotForThatParameter("SITE UMASK not supported."),
                _ => new FtpResponse([|502|], "SITE " + words[0] + " not implemented."),
            };
            return Task.FromResult(response);
        }
    }

    public sealed class HandlerHost
    {
        private readonly Dictionary<string, MultiVerbHandler> _byVerb = new(StringComparer.OrdinalIgnoreCase);

        public HandlerHost(params MultiVerbHandler[] handlers)
        {
            foreach (MultiVerbHandler handler in handlers)
            {
                foreach (string verb in handler.Verbs)
                {
                    _byVerb.Add(verb, handler);
                }
            }
        }

        public async Task<string> HandleAsync(ConnectionState state, string verb, string argument, CancellationToken ct)
        {
            FtpResponse response = _byVerb.TryGetValue(verb, out MultiVerbHandler? handler)
                ? await handler.ExecuteAsync(state, verb, argument, ct)
                : new FtpResponse([|500|], "Unknown command " + verb + ".");
            state.LastVerb = verb.ToUpperInvariant();
            return response.Code.ToString(CultureInfo.InvariantCulture) + " " + response.Text;
        }
    }
}
