// Models an FTP server's per-command handler classes that declare their reply codes as overridden properties and return reply text.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;

namespace Idioms.FtpServerCommandHandlerClasses1
{
    public sealed class FtpSessionState
    {
        public string Root { get; init; } = "/srv/ftp";
        public string Cwd { get; set; } = "/";
        public bool LoggedIn { get; set; }
        public IPEndPoint? PassiveEndPoint { get; set; }
    }

    public abstract class FtpCommandHandler
    {
        public abstract string Verb { get; }

        public virtual bool RequiresLogin => true;

        protected virtual int SuccessCode => [|250|];

        protected virtual string NotLoggedInReply => "[|530|] Not logged in.";

        public string Handle(FtpSessionState state, string argument)
        {
            if (RequiresLogin && !state.LoggedIn)
            {
                return NotLoggedInReply;
            }

            string? error = Execute(state, argument);
            return error ?? SuccessCode.ToString(CultureInfo.InvariantCulture) + " " + Verb + " command successful.";
        }

        protected abstract string? Execute(FtpSessionState state, string argument);

        protected static string Local(FtpSessionState state, string path)
            => Path.Combine(state.Root, Path.Combine(state.Cwd, path).TrimStart('/'));
    }

    public sealed class DeleHandler : FtpCommandHandler
    {
        public override string Verb => "DELE";

        protected override string? Execute(FtpSessionState state, string argument)
        {
            string target = Local(state, argument);
            if (!File.Exists(target))
            {
                return "[|550|] " + argument + ": No such file.";
            }

            File.Delete(target);
            return null;
        }
    }

    public sealed class NoopHandler : FtpCommandHandler
    {
        public override string Verb => "NOOP";

        public override bool RequiresLogin => false;

        protected override int SuccessCode => [|200|];

        protected override string? Execute(FtpSessionState state, string argument) => null;
    }

    public sealed class StorHandler : FtpCommandHandler
    {
        public override string Verb => "STOR";

        protected override int SuccessCode => [|226|];

        protected override string NotLoggedInReply => "[|532|] Need account for storing files.";

        protected override string? Execute(FtpSessionState state, string argument)
        {
            if (argument.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return "[|553|] File name not allowed.";
            }

            return state.PassiveEndPoint == null ? "[|425|] Use PORT or PASV first." : null;
        }
    }

    public sealed class PasvHandler : FtpCommandHandler
    {
        private static int _nextPort = 50000;

        public override string Verb => "PASV";

        public string Reply(FtpSessionState state, IPAddress publicAddress)
        {
            int port = _nextPort++;
            state.PassiveEndPoint = new IPEndPoint(publicAddress, port);
            byte[] a = publicAddress.GetAddressBytes();
            return string.Format(CultureInfo.InvariantCulture, "[|227|] Entering Passive Mode ({0},{1},{2},{3},{4},{5}).",
                a[0], a[1], a[2], a[3], port / 256, port % 256);
        }

        protected override string? Execute(FtpSessionState state, string argument) => "[|502|] Use the Reply overload.";
    }

    public static class HandlerRegistry
    {
        public static Dictionary<string, FtpCommandHandler> Create() => new Dictionary<string, FtpCommandHandler>(StringComparer.OrdinalIgnoreCase)
        {
            ["DELE"] = new DeleHandler(),
            ["NOOP"] = new NoopHandler(),
            ["STOR"] = new StorHandler(),
            ["PASV"] = new PasvHandler(),
        };
    }
}
