// Models file-system command handlers of an FTP server that build FtpResponse objects with reply codes.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MyServer1.Ftp
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
    }

    public sealed class FtpCommand
    {
        public FtpCommand(string name, string argument)
        {
            Name = name;
            Argument = argument;
        }

        public string Name { get; }
        public string Argument { get; }
    }

    public interface IFtpSessionState
    {
        string RootPath { get; }
        string CurrentDirectory { get; set; }
    }

    public abstract class FtpCommandHandler
    {
        public abstract Task<FtpResponse> ProcessAsync(FtpCommand command, IFtpSessionState session, CancellationToken ct);

        protected static string Resolve(IFtpSessionState session, string argument)
        {
            string combined = Path.GetFullPath(Path.Combine(session.RootPath, session.CurrentDirectory.TrimStart('/'), argument));
            if (!combined.StartsWith(session.RootPath, StringComparison.Ordinal))
            {
                throw new UnauthorizedAccessException();
            }

            return combined;
        }
    }

    public sealed class DeleHandler : FtpCommandHandler
    {
        public override Task<FtpResponse> ProcessAsync(FtpCommand command, IFtpSessionState session, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(command.Argument))
            {
                return Task.FromResult(new FtpResponse([|501|], "Syntax error in parameters or arguments."));
            }

            string path = Resolve(session, command.Argument);
            if (!File.Exists(path))
            {
                return Task.FromResult(new FtpResponse([|550|], "File not found."));
            }

            File.Delete(path);
            return Task.FromResult(new FtpResponse([|250|], "File deleted."));
        }
    }

    public sealed class MkdHandler : FtpCommandHandler
    {
        public override Task<FtpResponse> ProcessAsync(FtpCommand command, IFtpSessionState session, CancellationToken ct)
        {
            if (command.Argument.Length > 255)
            {
                return Task.FromResult(new FtpResponse([|553|], "File name not allowed."));
            }

            string path = Resolve(session, command.Argument);
            if (Directory.Exists(path))
            {
                return Task.FromResult(new FtpResponse([|521|], $"\"{command.Argument}\" directory already exists; taking no action."));
            }

            Directory.CreateDirectory(path);
            return Task.FromResult(new FtpResponse([|257|], $"\"{command.Argument}\" created."));
        }
    }

    public sealed class CwdHandler : FtpCommandHandler
    {
        public override Task<FtpResponse> ProcessAsync(FtpCommand command, IFtpSessionState session, CancellationToken ct)
        {
            string path = Resolve(session, command.Argument);
            if (!Directory.Exists(path))
            {
                return Task.FromResult(new FtpResponse([|550|], "Directory not found."));
            }

            session.CurrentDirectory = "/" + Path.GetRelativePath(session.RootPath, path).Replace('\\', '/');
            return Task.FromResult(new FtpResponse([|250|], "Directory changed to " + session.CurrentDirectory));
        }
    }
}
