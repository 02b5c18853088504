// Models a "file transfer" client for an HTTP upload API; names mention transfer/reply/code, but every code is HTTP.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Transfers.UploadApi1
{
    public sealed record TransferReply(int Code, string? Location);

    public sealed class FileTransferClient
    {
        private readonly HttpClient _http;

        public FileTransferClient(HttpClient http) => _http = http;

        public async Task<TransferReply> SendAsync(string path, Stream content, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "files/" + Uri.EscapeDataString(path))
            {
                Content = new StreamContent(content),
            };

            using HttpResponseMessage response = await _http.SendAsync(request, ct);
            var reply = new TransferReply((int)response.StatusCode, response.Headers.Location?.ToString());

            if (reply.Code == 201 || reply.Code == 200)
            {
                return reply;
            }

            if (reply.Code == 409)
            {
                throw new IOException("A file with that name already exists.");
            }

            if (reply.Code == 413)
            {
                throw new IOException("File too large for the transfer service.");
            }

            if (reply.Code is 500 or 502 or 503)
            {
                throw new IOException("Transfer service error " + reply.Code);
            }

            response.EnsureSuccessStatusCode();
            return reply;
        }

        public async Task<bool> ExistsAsync(string path, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, "files/" + Uri.EscapeDataString(path));
            using HttpResponseMessage response = await _http.SendAsync(request, ct);
            int code = (int)response.StatusCode;
            switch (code)
            {
                case 200:
                    return true;
                case 404:
                    return false;
                case 401:
                case 403:
                    throw new UnauthorizedAccessException();
                default:
                    throw new HttpRequestException("Unexpected status", null, (HttpStatusCode)code);
            }
        }
    }
}
