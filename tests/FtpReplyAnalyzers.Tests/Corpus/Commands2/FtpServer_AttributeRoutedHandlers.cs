// Models an FTP server whose command handlers are classes routed by an [FtpVerb] attribute and answer with Reply records from async ValueTask methods.
// Bugs: the handler routed to MLST alone ends with 226 (MLST answers 250; 226 closes MLSD's data transfer); OptsHandler accepts UTF8 ON with 250 (OPTS answers 200); HandleLangAsync confirms a language with 250 (LANG answers 200).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace Commands2.FtpServerAttributeRoutedHandlers1
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public sealed class FtpVerbAttribute : Attribute
    {
        public FtpVerbAttribute(string verb) => Verb = verb;

        public string Verb { get; }
    }

    public sealed record Reply(int Code, string Text)
    {
        public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Text;
    }

    public sealed class SessionContext
    {
        public string Root { get; init; } = "/srv/ftp";
        public string CurrentDirectory { get; set; } = "/";
        public string? PreviousVerb { get; set; }
        public string? RenameSource { get; set; }
        public bool Utf8 { get; set; }
        public string Language { get; set; } = "EN";
        public bool LoggedIn { get; set; }
        public Func<Reply, ValueTask> SendPreliminary { get; init; } = _ => ValueTask.CompletedTask;

        public string Map(string path) => Path.Combine(Root, (path.StartsWith('/') ? path : CurrentDirectory.TrimEnd('/') + "/" + path).TrimStart('/'));
    }

    public interface IVerbHandler
    {
        ValueTask<Reply> HandleAsync(SessionContext session, string verb, string argument, CancellationToken ct);
    }

    [FtpVerb("MLST")]
    public sealed class MachineListingHandler : IVerbHandler
    {
        public async ValueTask<Reply> HandleAsync(SessionContext session, string verb, string argument, CancellationToken ct)
        {
            string local = session.Map(argument.Length == 0 ? "." : argument);
            if (!File.Exists(local) && !Directory.Exists(local))
            {
                return new Reply([|550|], argument + ": No such file or directory.");
            }

            string facts = await Task.Run(() => Directory.Exists(local) ? "type=dir;" : "type=file;size=" + new FileInfo(local).Length.ToString(CultureInfo.InvariantCulture) + ";", ct);
            return new Reply([|226|], "End of listing: " + facts + " " + argument); // FTP0004: 226 MLST
        }
    }

    [FtpVerb("MLSD")]
    public sealed class MachineDirectoryHandler : IVerbHandler
    {
        public async ValueTask<Reply> HandleAsync(SessionContext session, string verb, string argument, CancellationToken ct)
        {
            string local = session.Map(argument.Length == 0 ? "." : argument);
            if (!Directory.Exists(local))
            {
                return new Reply([|501|], argument + ": Not a directory.");
            }

            await session.SendPreliminary(new Reply([|150|], "Opening data connection for MLSD."));
            await Task.Delay(10, ct);
            return new Reply([|226|], "MLSD complete.");
        }
    }

    [FtpVerb("PASV")]
    [FtpVerb("EPSV")]
    public sealed class PassiveListenerHandler : IVerbHandler
    {
        private int _nextPort = 50000;

        public ValueTask<Reply> HandleAsync(SessionContext session, string verb, string argument, CancellationToken ct)
        {
            int port = Interlocked.Increment(ref _nextPort);
            return ValueTask.FromResult(verb == "EPSV"
                ? new Reply([|229|], $"Entering Extended Passive Mode (|||{port}|)")
                : new Reply([|227|], $"Entering Passive Mode (127,0,0,1,{port / 256},{port % 256})."));
        }
    }

    [FtpVerb("OPTS")]
    public sealed class OptsHandler : IVerbHandler
    {
        public ValueTask<Reply> HandleAsync(SessionContext session, string verb, string argument, CancellationToken ct)
        {
            if (argument.Equals("UTF8 ON", StringComparison.OrdinalIgnoreCase))
            {
                session.Utf8 = true;
                return ValueTask.FromResult(new Reply([|250|], "UTF8 set to on")); // FTP0004: 250 OPTS
            }

            return argument.StartsWith("MLST ", StringComparison.OrdinalIgnoreCase)
                ? ValueTask.FromResult(new Reply([|200|], argument))
                : ValueTask.FromResult(new Reply([|501|], "Option not understood."));
        }
    }

    [FtpVerb("RNTO")]
    public sealed class RenameTargetHandler : IVerbHandler
    {
        public ValueTask<Reply> HandleAsync(SessionContext session, string verb, string argument, CancellationToken ct)
        {
            switch (session.PreviousVerb)
            {
                case "RNFR" when session.RenameSource != null && File.Exists(session.Map(session.RenameSource)):
                    File.Move(session.Map(session.RenameSource), session.Map(argument));
                    session.RenameSource = null;
                    return ValueTask.FromResult(new Reply([|250|], "Rename successful."));
                case "RNFR":
                    return ValueTask.FromResult(new Reply([|553|], "Rename source vanished; name not allowed."));
                default:
                    return ValueTask.FromResult(new Reply([|503|], "RNFR required first."));
            }
        }
    }

    public static class LanguageCommands
    {
        private static readonly string[] Supported = { "EN", "DE", "FR" };

        public static ValueTask<Reply> HandleLangAsync(SessionContext session, string argument)
        {
            if (argument.Length == 0)
            {
                session.Language = "EN";
                return ValueTask.FromResult(new Reply([|200|], "Language reset to EN."));
            }

            if (!Supported.Contains(argument.ToUpperInvariant()))
            {
                return ValueTask.FromResult(new Reply([|504|], "Unsupported language " + argument + "."));
            }

            session.Language = argument.ToUpperInvariant();
            return ValueTask.FromResult(new Reply([|250|], "Language set to " + session.Language + ".")); // FTP0004: 250 LANG
        }
    }

    public sealed class VerbRouter
    {
        private readonly Dictionary<string, IVerbHandler> _routes = new(StringComparer.OrdinalIgnoreCase);

        public VerbRouter(IEnumerable<IVerbHandler> handlers)
        {
            foreach (IVerbHandler handler in handlers)
            {
                foreach (FtpVerbAttribute route in handler.GetType().GetCustomAttributes<FtpVerbAttribute>())
                {
                    _routes[route.Verb] = handler;
                }
            }
        }

        public async ValueTask<Reply> DispatchAsync(SessionContext session, string verb, string argument, CancellationToken ct)
        {
            if (!session.LoggedIn && verb is not ("USER" or "PASS" or "QUIT"))
            {
                return new Reply([|530|], "Please log in with USER and PASS.");
            }

            Reply reply = verb.Equals("LANG", StringComparison.OrdinalIgnoreCase)
                ? await LanguageCommands.HandleLangAsync(session, argument)
                : _routes.TryGetValue(verb, out IVerbHandler? handler)
                    ? await handler.HandleAsync(session, verb, argument, ct)
                    : new Reply([|502|], verb + " not implemented.");
            session.PreviousVerb = verb.ToUpperInvariant();
            return reply;
        }
    }
}
