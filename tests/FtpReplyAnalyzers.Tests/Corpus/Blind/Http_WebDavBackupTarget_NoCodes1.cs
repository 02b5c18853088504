// Models the WebDAV target of a backup tool that also supports FTP targets: PROPFIND/MKCOL/PUT/LOCK with WebDAV status codes.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.WebDavBackupTarget1
{
    public interface IBackupTarget
    {
        Task<bool> ExistsAsync(string path, CancellationToken ct);
        Task EnsureFolderAsync(string path, CancellationToken ct);
        Task UploadAsync(string path, byte[] content, CancellationToken ct);
    }

    public sealed class WebDavBackupTarget : IBackupTarget
    {
        private static readonly HttpMethod PropFind = new HttpMethod("PROPFIND");
        private static readonly HttpMethod MkCol = new HttpMethod("MKCOL");
        private static readonly HttpMethod Lock = new HttpMethod("LOCK");
        private readonly HttpClient _http;

        public WebDavBackupTarget(HttpClient http)
        {
            _http = http;
        }

        public async Task<bool> ExistsAsync(string path, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(PropFind, path);
            request.Headers.Add("Depth", "0");
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if ((int)response.StatusCode == 207)
            {
                return true;
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }

            throw new HttpRequestException("PROPFIND failed with " + (int)response.StatusCode);
        }

        public async Task EnsureFolderAsync(string path, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(MkCol, path.TrimEnd('/') + "/");
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            switch ((int)response.StatusCode)
            {
                case 201:
                    return;
                case 405:
                    // MKCOL on an existing collection
                    return;
                case 409:
                    throw new InvalidOperationException("parent collection missing for " + path);
                case 507:
                    throw new InvalidOperationException("WebDAV server has insufficient storage");
                default:
                    throw new HttpRequestException("MKCOL failed with " + (int)response.StatusCode);
            }
        }

        public async Task UploadAsync(string path, byte[] content, CancellationToken ct)
        {
            var lockToken = await TryLockAsync(path, ct).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent(content) };
            if (lockToken is not null)
            {
                request.Headers.TryAddWithoutValidation("If", "(<" + lockToken + ">)");
            }

            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status == 201 || status == 204 || status == 200)
            {
                return;
            }

            if (status == 423)
            {
                throw new InvalidOperationException(path + " is locked by another client");
            }

            if (response.StatusCode == (HttpStatusCode)507 || status == 413)
            {
                throw new InvalidOperationException("backup target full or file too large");
            }

            if (status == 502 || status == 503)
            {
                throw new HttpRequestException("WebDAV gateway unavailable");
            }

            throw new HttpRequestException("PUT failed with " + status);
        }

        private async Task<string?> TryLockAsync(string path, CancellationToken ct)
        {
            var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>";
            using var request = new HttpRequestMessage(Lock, path) { Content = new StringContent(body, Encoding.UTF8, "application/xml") };
            request.Headers.Add("Timeout", "Second-600");
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if ((int)response.StatusCode == 501 || (int)response.StatusCode == 405)
            {
                // server has no class 2 WebDAV support
                return null;
            }

            return response.Headers.TryGetValues("Lock-Token", out var values) ? string.Join(string.Empty, values).Trim('<', '>') : null;
        }
    }
}
