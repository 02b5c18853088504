// FTP server RETR/STOR handlers that report on the control channel via SendReplyAsync, next to quota, buffer and throttle arithmetic.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.FtpServerTransfers1
{
    public interface IFtpControlConnection
    {
        bool DataConnectionOpen { get; }
        long RestartOffset { get; set; }
        Task SendReplyAsync(int code, string message, CancellationToken ct = default);
        Task<Stream?> OpenDataConnectionAsync(CancellationToken ct);
    }

    public sealed class QuotaTracker
    {
        public long LimitBytes { get; init; } = 512L * 1024 * 1024;
        public long UsedBytes { get; set; }
        public long FreeBytesOnDisk { get; set; }
    }

    public sealed class TransferHandlers
    {
        private const int BufferSize = 81920;
        private const long MinimumFreeSpace = 1024L * 1024;

        private readonly string _root;
        private readonly QuotaTracker _quota;
        private readonly int _throttleKbps;

        public TransferHandlers(string root, QuotaTracker quota, int throttleKbps = 0)
        {
            _root = root;
            _quota = quota;
            _throttleKbps = throttleKbps;
        }

        public async Task RetrAsync(IFtpControlConnection conn, string path, CancellationToken ct)
        {
            var file = Path.Combine(_root, path.TrimStart('/'));
            if (!File.Exists(file))
            {
                await conn.SendReplyAsync([|550|], "File not found.", ct);
                return;
            }

            if (conn.DataConnectionOpen)
            {
                await conn.SendReplyAsync([|125|], "Data connection already open; transfer starting.", ct);
            }
            else
            {
                await conn.SendReplyAsync([|150|], "Opening BINARY mode data connection.", ct);
            }

            await using var data = await conn.OpenDataConnectionAsync(ct);
            if (data is null)
            {
                await conn.SendReplyAsync([|425|], "Can't open data connection.", ct);
                return;
            }

            try
            {
                await using var input = File.OpenRead(file);
                if (conn.RestartOffset > 0)
                {
                    input.Seek(conn.RestartOffset, SeekOrigin.Begin);
                    conn.RestartOffset = 0;
                }

                var buffer = new byte[BufferSize];
                int read;
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    await data.WriteAsync(buffer.AsMemory(0, read), ct);
                    if (_throttleKbps > 0)
                    {
                        await Task.Delay(read * 1000 / (_throttleKbps * 1024), ct);
                    }
                }
            }
            catch (IOException)
            {
                await conn.SendReplyAsync([|426|], "Connection closed; transfer aborted.", ct);
                return;
            }

            await conn.SendReplyAsync([|226|], "Transfer complete.", ct);
        }

        public async Task StorAsync(IFtpControlConnection conn, string path, bool append, CancellationToken ct)
        {
            if (path.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                await conn.SendReplyAsync([|553|], "File name not allowed.", ct);
                return;
            }

            if (_quota.UsedBytes >= _quota.LimitBytes)
            {
                await conn.SendReplyAsync([|552|], "Exceeded storage allocation.", ct);
                return;
            }

            if (_quota.FreeBytesOnDisk < MinimumFreeSpace)
            {
                await conn.SendReplyAsync([|452|], "Insufficient storage space in system.", ct);
                return;
            }

            if (append && conn.RestartOffset > 0)
            {
                conn.RestartOffset = 0;
                await conn.SendReplyAsync(code: [|554|], message: "Restart offset is not valid with APPE.", ct: ct);
                return;
            }

            await conn.SendReplyAsync([|150|], "Ok to send data.", ct);
            await using var data = await conn.OpenDataConnectionAsync(ct);
            if (data is null)
            {
                await conn.SendReplyAsync([|425|], "Can't open data connection.", ct);
                return;
            }

            var file = Path.Combine(_root, path.TrimStart('/'));
            try
            {
                await using var output = new FileStream(file, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await data.ReadAsync(buffer, ct)) > 0)
                {
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                    _quota.UsedBytes += read;
                }
            }
            catch (UnauthorizedAccessException)
            {
                await conn.SendReplyAsync([|550|], "Permission denied.", ct);
                return;
            }
            catch (IOException)
            {
                await conn.SendReplyAsync([|451|], "Requested action aborted: local error in processing.", ct);
                return;
            }

            await conn.SendReplyAsync([|226|], "Transfer complete.", ct);
        }
    }
}
