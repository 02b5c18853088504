// Models error handling around FluentFTP calls using FtpCommandException.CompletionCode.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Corpus.FluentExceptions1
{
    public sealed class ReportPublisher
    {
        private readonly AsyncFtpClient _client;

        public ReportPublisher(AsyncFtpClient client)
        {
            _client = client;
        }

        public async Task<bool> PublishAsync(string localFile, string remoteFile, CancellationToken ct)
        {
            try
            {
                await _client.Connect(ct);
                FtpStatus status = await _client.UploadFile(localFile, remoteFile, FtpRemoteExists.Overwrite, createRemoteDir: true, token: ct);
                return status == FtpStatus.Success;
            }
            catch (FtpAuthenticationException ex) when (ex.CompletionCode is [|"530"|] or [|"430"|])
            {
                throw new UnauthorizedAccessException("FTP credentials rejected.", ex);
            }
            catch (FtpCommandException ex) when (ex.CompletionCode == [|"550"|])
            {
                return false;
            }
            catch (FtpCommandException ex) when (ex.CompletionCode.Equals([|"421"|]))
            {
                throw new IOException("Server closed the session (too many connections?).", ex);
            }
            catch (FtpCommandException ex)
            {
                if (ex.CompletionCode == [|"552"|] || ex.CompletionCode == [|"452"|])
                {
                    throw new IOException("Remote quota exceeded.", ex);
                }

                throw;
            }
            finally
            {
                await _client.Disconnect(ct);
            }
        }
    }
}
