// Models a resumable FTP downloader: SIZE check, REST offset negotiation, restart markers (110) and 120/421 retry handling with backoff.
using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.ResumableDownload1
{
    public sealed class RawReply
    {
        public RawReply(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public interface IRawFtpConnection
    {
        Task ConnectAsync(CancellationToken ct);
        Task<RawReply> SendAsync(string command, CancellationToken ct);
        Task<RawReply> ReadReplyAsync(CancellationToken ct);
        Task<Stream> OpenPassiveDataStreamAsync(CancellationToken ct);
    }

    public sealed class ResumableDownloader
    {
        private const int MaxAttempts = 3;
        private readonly Func<IRawFtpConnection> _connect;

        public ResumableDownloader(Func<IRawFtpConnection> connect)
        {
            _connect = connect;
        }

        public long LastRestartMarker { get; private set; }

        public async Task<bool> DownloadAsync(string remotePath, string localPath, CancellationToken ct)
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var connection = _connect();
                await connection.ConnectAsync(ct).ConfigureAwait(false);
                var greeting = await connection.ReadReplyAsync(ct).ConfigureAwait(false);
                while (greeting.Code == [|120|])
                {
                    // "service ready in nnn minutes": the real greeting follows later
                    greeting = await connection.ReadReplyAsync(ct).ConfigureAwait(false);
                }

                if (greeting.Code == [|421|])
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), ct).ConfigureAwait(false);
                    continue;
                }

                var type = await connection.SendAsync("TYPE I", ct).ConfigureAwait(false);
                if (type.Code != [|200|])
                {
                    return false;
                }

                var size = await connection.SendAsync("SIZE " + remotePath, ct).ConfigureAwait(false);
                if (size.Code == [|550|])
                {
                    return false;
                }

                var remoteLength = size.Code == [|213|] ? long.Parse(size.Text.Trim(), CultureInfo.InvariantCulture) : -1;
                var localLength = File.Exists(localPath) ? new FileInfo(localPath).Length : 0;
                if (remoteLength >= 0 && localLength == remoteLength)
                {
                    return true;
                }

                var offset = localLength;
                if (offset > 0)
                {
                    var rest = await connection.SendAsync("REST " + offset.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
                    if (rest.Code == [|502|] || rest.Code == [|504|])
                    {
                        // server cannot resume: start from scratch
                        offset = 0;
                    }
                    else if (rest.Code != [|350|])
                    {
                        return false;
                    }
                }

                var data = await connection.OpenPassiveDataStreamAsync(ct).ConfigureAwait(false);
                var retr = await connection.SendAsync("RETR " + remotePath, ct).ConfigureAwait(false);
                if (retr.Code == [|554|])
                {
                    // invalid REST parameter (file changed or shrank on the server): restart cleanly next time
                    File.Delete(localPath);
                    continue;
                }

                while (retr.Code == [|110|])
                {
                    LastRestartMarker = ParseMarker(retr.Text);
                    retr = await connection.ReadReplyAsync(ct).ConfigureAwait(false);
                }

                if (retr.Code != [|150|] && retr.Code != [|125|])
                {
                    return false;
                }

                using (data)
                using (var file = new FileStream(localPath, offset > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    await data.CopyToAsync(file, 1 << 16, ct).ConfigureAwait(false);
                }

                var done = await connection.ReadReplyAsync(ct).ConfigureAwait(false);
                if (done.Code == [|226|])
                {
                    return true;
                }

                if (done.Code == [|426|] || done.Code == [|451|])
                {
                    // aborted mid-transfer: keep the partial file and resume on the next attempt
                    await Task.Delay(TimeSpan.FromSeconds(attempt), ct).ConfigureAwait(false);
                    continue;
                }

                return false;
            }

            return false;
        }

        private static long ParseMarker(string text)
        {
            // "MARK yyyy = mmmm": we keep the server-side marker
            var eq = text.IndexOf('=');
            return eq < 0 ? 0 : long.Parse(text.Substring(eq + 1).Trim(), CultureInfo.InvariantCulture);
        }
    }
}
