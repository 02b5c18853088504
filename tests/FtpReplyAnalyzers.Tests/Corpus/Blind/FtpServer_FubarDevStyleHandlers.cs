// Models FubarDev-FtpServer-like command handlers that return FtpResponse/FtpResponseList objects built from int codes.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpServerHandlers1
{
    public interface IFtpResponse
    {
        int Code { get; }
        string? Message { get; }
    }

    public class FtpResponse : IFtpResponse
    {
        public FtpResponse(int code, string? message)
        {
            Code = code;
            Message = message;
        }

        public int Code { get; }
        public string? Message { get; }
    }

    public class FtpResponseList : IFtpResponse
    {
        public FtpResponseList(int code, string startMessage, string endMessage, IEnumerable<string> lines)
        {
            Code = code;
            Message = startMessage;
            EndMessage = endMessage;
            Lines = lines.ToList();
        }

        public int Code { get; }
        public string? Message { get; }
        public string EndMessage { get; }
        public IReadOnlyList<string> Lines { get; }
    }

    public sealed record FtpCommand(string Name, string Argument);

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public sealed class FtpCommandHandlerAttribute : Attribute
    {
        public FtpCommandHandlerAttribute(string name, bool isLoginRequired = true)
        {
            Name = name;
            IsLoginRequired = isLoginRequired;
        }

        public string Name { get; }
        public bool IsLoginRequired { get; }
    }

    public sealed class FtpConnectionData
    {
        public string RootPath { get; set; } = "/srv/ftp";
        public string CurrentPath { get; set; } = "/";
        public string? UserName { get; set; }
        public bool IsLoggedIn { get; set; }
        public int FailedLogins { get; set; }
        public bool IsAnonymous { get; set; }
    }

    public abstract class FtpCommandHandlerBase
    {
        protected FtpCommandHandlerBase(FtpConnectionData data)
        {
            Data = data;
        }

        protected FtpConnectionData Data { get; }

        public abstract Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken);

        protected static string T(string message) => message;

        protected static string T(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

        protected string MapPath(string argument)
        {
            var relative = argument.StartsWith("/", StringComparison.Ordinal) ? argument : Data.CurrentPath.TrimEnd('/') + "/" + argument;
            return Path.Combine(Data.RootPath, relative.TrimStart('/'));
        }
    }

    [FtpCommandHandler("PASS", isLoginRequired: false)]
    public class PassCommandHandler : FtpCommandHandlerBase
    {
        private const int MaxFailedLogins = 3;

        public PassCommandHandler(FtpConnectionData data) : base(data) { }

        public override async Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            if (Data.IsLoggedIn)
            {
                return new FtpResponse([|202|], T("Already logged in."));
            }

            if (Data.UserName is null)
            {
                return new FtpResponse([|503|], T("Login with USER first."));
            }

            if (Data.IsAnonymous || CheckPassword(Data.UserName, command.Argument))
            {
                Data.IsLoggedIn = true;
                Data.FailedLogins = 0;
                return new FtpResponse([|230|], T("Password ok, FTP server ready"));
            }

            Data.FailedLogins++;

            // slow down brute force attempts a little
            await Task.Delay(TimeSpan.FromMilliseconds(500 * Data.FailedLogins), cancellationToken).ConfigureAwait(false);

            if (Data.FailedLogins == MaxFailedLogins)
            {
                return new FtpResponse([|421|], T("Too many failed logins, closing connection."));
            }

            return new FtpResponse([|530|], T("Username or password invalid"));
        }

        private static bool CheckPassword(string user, string password) => user.Length > 0 && password.Length >= 8;
    }

    [FtpCommandHandler("DELE")]
    public class DeleCommandHandler : FtpCommandHandlerBase
    {
        public DeleCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            var path = MapPath(command.Argument);
            if (!File.Exists(path))
            {
                return Task.FromResult<IFtpResponse?>(new FtpResponse([|550|], T("File doesn't exist.")));
            }

            try
            {
                File.Delete(path);
            }
            catch (UnauthorizedAccessException)
            {
                return Task.FromResult<IFtpResponse?>(new FtpResponse([|550|], T("Permission denied.")));
            }
            catch (IOException)
            {
                return Task.FromResult<IFtpResponse?>(new FtpResponse([|450|], T("File is in use, try again later.")));
            }

            return Task.FromResult<IFtpResponse?>(new FtpResponse([|250|], T("File deleted successfully.")));
        }
    }

    [FtpCommandHandler("MKD")]
    public class MkdCommandHandler : FtpCommandHandlerBase
    {
        public MkdCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(command.Argument))
            {
                return Task.FromResult<IFtpResponse?>(new FtpResponse([|501|], T("No directory name given.")));
            }

            var path = MapPath(command.Argument);
            if (Directory.Exists(path))
            {
                return Task.FromResult<IFtpResponse?>(new FtpResponse([|521|], T("\"{0}\" directory already exists; taking no action.", command.Argument)));
            }

            Directory.CreateDirectory(path);
            return Task.FromResult<IFtpResponse?>(new FtpResponse([|257|], T("\"{0}\" created.", command.Argument)));
        }
    }

    [FtpCommandHandler("SIZE")]
    public class SizeCommandHandler : FtpCommandHandlerBase
    {
        public SizeCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            var info = new FileInfo(MapPath(command.Argument));
            if (!info.Exists)
            {
                return Task.FromResult<IFtpResponse?>(new FtpResponse([|550|], T("File not found ({0}).", command.Argument)));
            }

            return Task.FromResult<IFtpResponse?>(new FtpResponse([|213|], info.Length.ToString(CultureInfo.InvariantCulture)));
        }
    }

    [FtpCommandHandler("PWD")]
    public class PwdCommandHandler : FtpCommandHandlerBase
    {
        public PwdCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            var quoted = Data.CurrentPath.Replace("\"", "\"\"");
            return Task.FromResult<IFtpResponse?>(new FtpResponse([|257|], $"\"{quoted}\""));
        }
    }

    [FtpCommandHandler("SYST", isLoginRequired: false)]
    public class SystCommandHandler : FtpCommandHandlerBase
    {
        public SystCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
            => Task.FromResult<IFtpResponse?>(new FtpResponse([|215|], "UNIX Type: L8"));
    }

    [FtpCommandHandler("NOOP", isLoginRequired: false)]
    public class NoopCommandHandler : FtpCommandHandlerBase
    {
        public NoopCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
            => Task.FromResult<IFtpResponse?>(new FtpResponse([|200|], T("NOOP command successful.")));
    }

    [FtpCommandHandler("FEAT", isLoginRequired: false)]
    public class FeatCommandHandler : FtpCommandHandlerBase
    {
        private static readonly string[] Features = { "EPSV", "MDTM", "MLST type*;size*;modify*;", "PASV", "REST STREAM", "SIZE", "UTF8" };

        public FeatCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            var lines = Features.OrderBy(f => f, StringComparer.Ordinal).Select(f => " " + f);
            return Task.FromResult<IFtpResponse?>(new FtpResponseList([|211|], T("Extensions supported:"), T("END"), lines));
        }
    }

    [FtpCommandHandler("HELP", isLoginRequired: false)]
    public class HelpCommandHandler : FtpCommandHandlerBase
    {
        public HelpCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            var commands = new List<string> { "USER", "PASS", "DELE", "MKD", "SIZE", "PWD", "SYST", "NOOP", "FEAT", "QUIT" };
            var lines = new List<string>();
            for (var i = 0; i < commands.Count; i += 8)
            {
                lines.Add(" " + string.Join(" ", commands.Skip(i).Take(8)));
            }

            return Task.FromResult<IFtpResponse?>(new FtpResponseList([|214|], T("The following commands are recognized."), T("Help OK."), lines));
        }
    }

    [FtpCommandHandler("QUIT", isLoginRequired: false)]
    public class QuitCommandHandler : FtpCommandHandlerBase
    {
        public QuitCommandHandler(FtpConnectionData data) : base(data) { }

        public override Task<IFtpResponse?> Process(FtpCommand command, CancellationToken cancellationToken)
        {
            Data.IsLoggedIn = false;
            return Task.FromResult<IFtpResponse?>(new FtpResponse([|221|], T("Service closing control connection.")));
        }
    }
}
