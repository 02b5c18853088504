// Models a helper library of extension methods over FluentFTP's FtpReply string codes, used by an async sync service.
using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Blind.FluentReplyExtensions1
{
    public static class FtpReplyExtensions
    {
        public static bool IsOk(this FtpReply r) => r.Code == [|"200"|];

        public static bool IsFileMissing(this FtpReply r) => r.Code.Equals([|"550"|], StringComparison.Ordinal);

        public static bool IsTransferComplete(this FtpReply r) => int.Parse(r.Code, CultureInfo.InvariantCulture) == [|226|];

        public static bool IsBusy(this FtpReply r) => r.Code is [|"450"|] or [|"451"|];

        public static bool NeedsPassword(this FtpReply r) => string.Equals(r.Code, [|"331"|], StringComparison.Ordinal);

        public static bool IsUnsupported(this FtpReply r) => r.Code == [|"502"|] || r.Code == [|"504"|];

        public static bool IsPathCreated(this FtpReply r) => int.TryParse(r.Code, out var n) && n == [|257|];

        public static bool IsFileStatus(this FtpReply r) => r.Code.Equals([|"213"|], StringComparison.OrdinalIgnoreCase);

        public static bool IsServiceClosing(this FtpCommandException ex) => ex.CompletionCode == [|"421"|];

        public static bool IsLoginRejected(this FtpCommandException ex) => ex.CompletionCode.Equals([|"530"|]);

        public static string Describe(this FtpReply r)
        {
            return r.Code switch
            {
                [|"425"|] => "the server could not open a data connection (firewall or NAT?)",
                [|"426"|] => "the transfer was aborted by the server",
                [|"534"|] => "the server requires TLS",
                _ => r.Message,
            };
        }
    }

    public sealed class TimestampSyncService
    {
        private readonly AsyncFtpClient _client;

        public TimestampSyncService(AsyncFtpClient client)
        {
            _client = client;
        }

        public async Task<bool> SetModifiedTimeAsync(string remotePath, DateTime utc, CancellationToken ct)
        {
            var stamp = utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var reply = await _client.Execute("MFMT " + stamp + " " + remotePath, ct).ConfigureAwait(false);
            if (reply.Code == [|"213"|])
            {
                return true;
            }

            if (reply.IsUnsupported())
            {
                // fall back to the older SITE UTIME form
                reply = await _client.Execute("SITE UTIME " + remotePath + " " + stamp + " " + stamp + " " + stamp + " UTC", ct).ConfigureAwait(false);
                return reply.IsOk();
            }

            return false;
        }

        public async Task<string?> GetRemoteHashAsync(string remotePath, CancellationToken ct)
        {
            var reply = await _client.Execute("HASH " + remotePath, ct).ConfigureAwait(false);
            if (reply.IsFileMissing())
            {
                return null;
            }

            if (reply.Code != [|"213"|])
            {
                throw new FtpCommandException(reply);
            }

            var parts = reply.Message.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 3 ? parts[2] : null;
        }

        public async Task EnsureDirectoryAsync(string remotePath, CancellationToken ct)
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    var reply = await _client.Execute("MKD " + remotePath, ct).ConfigureAwait(false);
                    if (reply.IsPathCreated() || reply.IsFileMissing())
                    {
                        return;
                    }

                    if (reply.IsBusy())
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), ct).ConfigureAwait(false);
                        continue;
                    }

                    throw new FtpCommandException(reply);
                }
                catch (FtpCommandException ex) when (ex.IsServiceClosing())
                {
                    await _client.Disconnect(ct).ConfigureAwait(false);
                    await _client.Connect(ct).ConfigureAwait(false);
                }
            }
        }
    }
}
