// Models a TransferService that downloads the same artifact via HTTP (HttpClient) or FTP (FluentFTP); only FTP checks are FTP replies.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;

namespace Corpus.MixedTransferService1
{
    public sealed class TransferService
    {
        private readonly HttpClient _http;
        private readonly AsyncFtpClient _ftp;

        public TransferService(HttpClient http, AsyncFtpClient ftp)
        {
            _http = http;
            _ftp = ftp;
        }

        public async Task<bool> DownloadViaHttpAsync(Uri url, string localPath, CancellationToken ct)
        {
            using HttpResponseMessage response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if ((int)response.StatusCode == 404)
            {
                return false;
            }

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable || (int)response.StatusCode == 429)
            {
                throw new IOException("Mirror is throttling us.");
            }

            if ((int)response.StatusCode != 200)
            {
                throw new IOException($"HTTP {(int)response.StatusCode} for {url}");
            }

            await using FileStream file = File.Create(localPath);
            await response.Content.CopyToAsync(file, ct);
            return true;
        }

        public async Task<bool> DownloadViaFtpAsync(string remotePath, string localPath, CancellationToken ct)
        {
            await _ftp.Connect(ct);
            FtpReply size = await _ftp.Execute("SIZE " + remotePath, ct);
            if (size.Code == [|"550"|])
            {
                return false;
            }

            FtpStatus status = await _ftp.DownloadFile(localPath, remotePath, ct);
            if (status != FtpStatus.Success)
            {
                FtpReply last = _ftp.LastReply;
                if (last.Code == [|"425"|] || last.Code == [|"426"|])
                {
                    throw new IOException("Data connection problem: " + last.Message);
                }

                return false;
            }

            return true;
        }

        public Task<bool> DownloadAsync(Uri source, string localPath, CancellationToken ct) =>
            source.Scheme == Uri.UriSchemeFtp
                ? DownloadViaFtpAsync(source.AbsolutePath, localPath, ct)
                : DownloadViaHttpAsync(source, localPath, ct);
    }
}
