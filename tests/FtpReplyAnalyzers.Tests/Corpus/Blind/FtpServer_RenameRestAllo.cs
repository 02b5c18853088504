// Models a small FTP server's RNFR/RNTO/REST/RETR/ALLO/DELE handlers that fill mutable reply objects via initializers and Code assignments.
using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpServerRename1
{
    public sealed class FtpReplyMessage
    {
        public int Code { get; set; }
        public string Text { get; set; } = string.Empty;
        public bool CloseConnection { get; set; }

        public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Text;
    }

    public sealed class FtpSessionState
    {
        public string? RenameFrom { get; set; }
        public long RestartOffset { get; set; }
        public string Root { get; set; } = "/var/ftp";
        public string TransferType { get; set; } = "A";
    }

    public sealed class FileCommands
    {
        private const int CopyBufferSize = 81920;
        private const int ErrorSharingViolation = 32;
        private readonly FtpSessionState _state;

        public FileCommands(FtpSessionState state)
        {
            _state = state;
        }

        private string Resolve(string arg) => Path.GetFullPath(Path.Combine(_state.Root, arg.TrimStart('/')));

        public FtpReplyMessage Rnfr(string argument)
        {
            var path = Resolve(argument);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                _state.RenameFrom = null;
                return new FtpReplyMessage { Code = [|550|], Text = "No such file or directory." };
            }

            _state.RenameFrom = path;
            return new FtpReplyMessage { Code = [|350|], Text = "File exists, ready for destination name." };
        }

        public FtpReplyMessage Rnto(string argument)
        {
            var reply = new FtpReplyMessage();
            if (_state.RenameFrom is null)
            {
                reply.Code = [|503|];
                reply.Text = "Bad sequence of commands: RNFR required first.";
                return reply;
            }

            var target = Resolve(argument);
            if (Path.GetFileName(target).IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                reply.Code = [|553|];
                reply.Text = "File name not allowed.";
                return reply;
            }

            try
            {
                if (Directory.Exists(_state.RenameFrom))
                {
                    Directory.Move(_state.RenameFrom, target);
                }
                else
                {
                    File.Move(_state.RenameFrom, target);
                }

                reply.Code = [|250|];
                reply.Text = "Rename successful.";
            }
            catch (IOException ex) when ((ex.HResult & 0xFFFF) == ErrorSharingViolation)
            {
                reply.Code = [|450|];
                reply.Text = "File is busy.";
            }
            catch (IOException ex)
            {
                reply.Code = [|550|];
                reply.Text = "Rename failed: " + ex.Message;
            }
            finally
            {
                _state.RenameFrom = null;
            }

            return reply;
        }

        public FtpReplyMessage Rest(string argument)
        {
            if (!long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return new FtpReplyMessage { Code = [|501|], Text = "REST requires a non-negative integer." };
            }

            if (_state.TransferType != "I")
            {
                return new FtpReplyMessage { Code = [|504|], Text = "REST is only supported in binary mode." };
            }

            _state.RestartOffset = offset;
            return new FtpReplyMessage { Code = [|350|], Text = "Restarting at " + offset.ToString(CultureInfo.InvariantCulture) + ". Send STORE or RETRIEVE." };
        }

        public async Task<FtpReplyMessage> RetrAsync(string argument, Stream dataStream, CancellationToken ct)
        {
            var path = Resolve(argument);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new FtpReplyMessage { Code = [|550|], Text = "File not found." };
            }

            var offset = _state.RestartOffset;
            _state.RestartOffset = 0;
            if (offset > info.Length)
            {
                return new FtpReplyMessage { Code = [|554|], Text = "Requested action not taken: invalid REST parameter." };
            }

            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, useAsync: true);
                file.Seek(offset, SeekOrigin.Begin);
                await file.CopyToAsync(dataStream, CopyBufferSize, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return new FtpReplyMessage { Code = [|426|], Text = "Connection closed; transfer aborted." };
            }
            catch (IOException)
            {
                return new FtpReplyMessage { Code = [|451|], Text = "Requested action aborted: local error in processing." };
            }

            return new FtpReplyMessage { Code = [|226|], Text = "Transfer complete." };
        }

        public FtpReplyMessage Allo(string argument)
        {
            // ALLO is a no-op for a file system that grows on demand.
            return new FtpReplyMessage { Code = [|202|], Text = "No storage allocation necessary." };
        }

        public FtpReplyMessage Dele(string argument)
        {
            var path = Resolve(argument);
            var reply = new FtpReplyMessage { Text = "Delete operation successful." };
            try
            {
                File.Delete(path);
                reply.Code = [|250|];
            }
            catch (IOException ex)
            {
                var busy = (ex.HResult & 0xFFFF) == ErrorSharingViolation;
                reply.Code = busy ? [|450|] : [|550|];
                reply.Text = busy ? "File in use." : "Delete failed.";
            }
            catch (UnauthorizedAccessException)
            {
                reply.Code = [|550|];
                reply.Text = "Permission denied.";
            }

            return reply;
        }

        public FtpReplyMessage Timeout()
        {
            return new FtpReplyMessage
            {
                Code = [|421|],
                Text = "Timeout (300 seconds): closing control connection.",
                CloseConnection = true,
            };
        }
    }
}
