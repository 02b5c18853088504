// Models a FluentFTP publishing step that classifies FtpCommandException.CompletionCode and reply codes with StartsWith.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Idioms.FluentFtpCompletionCodePrefix1
{
    public enum PublishOutcome
    {
        Published,
        MissingRemoteFolder,
        Rejected,
        RetryLater,
    }

    public sealed class ReportPublisher
    {
        private readonly AsyncFtpClient _client;
        private readonly List<string> _log = new List<string>();

        public ReportPublisher(AsyncFtpClient client) => _client = client;

        public IReadOnlyList<string> Log => _log;

        public async Task<PublishOutcome> PublishAsync(string localFile, string remoteFile, CancellationToken ct)
        {
            try
            {
                FtpStatus status = await _client.UploadFile(localFile, remoteFile, FtpRemoteExists.Overwrite, false, ct);
                _log.Add($"upload {remoteFile}: {status}");
                return status == FtpStatus.Success ? PublishOutcome.Published : PublishOutcome.Rejected;
            }
            catch (FtpAuthenticationException auth) when (auth.CompletionCode.StartsWith("[|530|]"))
            {
                _log.Add("credentials rejected: " + auth.Message);
                return PublishOutcome.Rejected;
            }
            catch (FtpCommandException ex) when (ex.CompletionCode.StartsWith("[|550|]") || ex.CompletionCode.StartsWith("[|553|]"))
            {
                _log.Add("path refused: " + ex.Message);
                return PublishOutcome.MissingRemoteFolder;
            }
            catch (FtpCommandException ex) when (ex.CompletionCode.StartsWith("[|452|]", StringComparison.Ordinal) || ex.CompletionCode.StartsWith("[|552|]", StringComparison.Ordinal))
            {
                _log.Add("remote disk full: " + ex.Message);
                return PublishOutcome.RetryLater;
            }
            catch (FtpCommandException ex)
            {
                switch (ex.CompletionCode[0])
                {
                    case '4':
                        _log.Add("transient: " + ex.Message);
                        return PublishOutcome.RetryLater;
                    default:
                        _log.Add("failed: " + ex.Message);
                        return PublishOutcome.Rejected;
                }
            }
        }

        public async Task<bool> EnsureUtf8Async(CancellationToken ct)
        {
            FtpReply reply = await _client.Execute("OPTS UTF8 ON", ct);
            if (reply.Code.StartsWith("[|200|]") || reply.Code.StartsWith("[|202|]"))
            {
                return true;
            }

            // Some servers answer 501/504 when UTF-8 is always on; anything else we log.
            if (!reply.Code.StartsWith("[|501|]") && !reply.Code.StartsWith("[|504|]"))
            {
                _log.Add("OPTS UTF8 said " + reply.Code + " " + reply.Message);
            }

            return false;
        }

        public async Task<DateTime?> RemoteTimestampAsync(string remoteFile, CancellationToken ct)
        {
            FtpReply reply = await _client.Execute("MDTM " + remoteFile, ct);
            if (!reply.Code.StartsWith("[|213|]", StringComparison.Ordinal))
            {
                return null;
            }

            return DateTime.TryParseExact(reply.Message.Trim(), "yyyyMMddHHmmss", null,
                System.Globalization.DateTimeStyles.AssumeUniversal, out DateTime stamp) ? stamp : null;
        }
    }
}
