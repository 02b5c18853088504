// FTP server core that builds replies as objects: a response class with a settable Code, a reply record with init Code, and factories.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace HeldOut.FtpReplyObjects1
{
    public sealed record FtpReplyMessage
    {
        public int Code { get; init; }
        public string Text { get; init; } = string.Empty;
        public IReadOnlyList<string> Details { get; init; } = Array.Empty<string>();
    }

    public class FtpResponse
    {
        public FtpResponse(int code, string message)
        {
            Code = code;
            Message = message;
        }

        public int Code { get; set; }
        public string Message { get; set; }
        public bool CloseConnection { get; set; }

        public static FtpResponse Create(int code, string message) => new FtpResponse(code, message);
    }

    public interface IVirtualFileSystem
    {
        string Resolve(string cwd, string path);
        bool DirectoryExists(string path);
        void CreateDirectory(string path);
        long? GetSize(string path);
    }

    public sealed class FtpCommandContext
    {
        public FtpCommandContext(IVirtualFileSystem fs) { Fs = fs; }
        public IVirtualFileSystem Fs { get; }
        public bool IsAuthenticated { get; set; }
        public string WorkingDirectory { get; set; } = "/";
        public long RestartOffset { get; set; }
    }

    public interface IFtpCommandHandler
    {
        FtpResponse Handle(FtpCommandContext ctx, string argument);
    }

    public sealed class MkdHandler : IFtpCommandHandler
    {
        public FtpResponse Handle(FtpCommandContext ctx, string argument)
        {
            if (argument.Length == 0)
            {
                return new FtpResponse([|501|], "MKD requires a path.");
            }

            var path = ctx.Fs.Resolve(ctx.WorkingDirectory, argument);
            if (ctx.Fs.DirectoryExists(path))
            {
                return new FtpResponse([|521|], $"\"{path}\" directory already exists; taking no action.");
            }

            ctx.Fs.CreateDirectory(path);
            return new FtpResponse([|257|], $"\"{path}\" created.");
        }
    }

    public sealed class SizeHandler : IFtpCommandHandler
    {
        public FtpResponse Handle(FtpCommandContext ctx, string argument)
        {
            var size = ctx.Fs.GetSize(ctx.Fs.Resolve(ctx.WorkingDirectory, argument));
            if (size is null)
            {
                return FtpResponse.Create([|550|], "Could not get file size.");
            }

            return FtpResponse.Create([|213|], size.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    public sealed class RestHandler : IFtpCommandHandler
    {
        public FtpResponse Handle(FtpCommandContext ctx, string argument)
        {
            if (!long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return new FtpResponse([|501|], "Invalid restart position.");
            }

            ctx.RestartOffset = offset;
            return new FtpResponse([|350|], $"Restarting at {offset}. Send STORE or RETRIEVE.");
        }
    }

    public static class ReplyFactory
    {
        public static FtpReplyMessage NotLoggedIn() => new FtpReplyMessage { Code = [|530|], Text = "Not logged in." };

        public static FtpReplyMessage Help(IReadOnlyList<string> commands) =>
            new() { Code = [|214|], Text = "Help OK.", Details = commands };

        public static FtpReplyMessage IdleTimeout(TimeSpan idle) =>
            new FtpReplyMessage { Code = [|421|], Text = $"Idle for {idle.TotalSeconds:0} seconds; closing control connection." };

        public static FtpReplyMessage AsPermissionDenied(this FtpReplyMessage reply) =>
            reply with { Code = [|550|], Text = "Permission denied." };
    }

    public sealed class CommandPipeline
    {
        private readonly Dictionary<string, IFtpCommandHandler> _handlers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MKD"] = new MkdHandler(),
            ["SIZE"] = new SizeHandler(),
            ["REST"] = new RestHandler(),
        };

        public FtpResponse Execute(FtpCommandContext ctx, string verb, string argument)
        {
            if (!ctx.IsAuthenticated)
            {
                var denied = new FtpResponse([|530|], "Please log in first.");
                return denied;
            }

            if (!_handlers.TryGetValue(verb, out var handler))
            {
                return new FtpResponse([|500|], $"'{verb}': command not understood.");
            }

            try
            {
                return handler.Handle(ctx, argument);
            }
            catch (UnauthorizedAccessException)
            {
                return new FtpResponse([|550|], "Permission denied.");
            }
            catch (IOException ex)
            {
                var response = FtpResponse.Create([|451|], "Local error in processing.");
                if (ex is PathTooLongException)
                {
                    response.Code = [|553|];
                    response.Message = "File name not allowed.";
                }

                return response;
            }
        }

        public FtpResponse Shutdown() => new FtpResponse([|421|], "Server shutting down.") { CloseConnection = true };
    }
}
