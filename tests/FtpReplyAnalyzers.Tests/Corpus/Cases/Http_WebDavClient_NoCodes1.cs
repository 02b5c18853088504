// Models a WebDAV file-store client (HTTP): MKCOL/PUT/PROPFIND/DELETE with WebDAV status codes (207, 405, 423, 507).
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.WebDavClient1
{
    public sealed class WebDavFileStore
    {
        private static readonly HttpMethod MkCol = new HttpMethod("MKCOL");
        private static readonly HttpMethod PropFind = new HttpMethod("PROPFIND");
        private readonly HttpClient _http;

        public WebDavFileStore(HttpClient http) => _http = http;

        public async Task EnsureDirectoryAsync(string path, CancellationToken ct)
        {
            using var response = await _http.SendAsync(new HttpRequestMessage(MkCol, path), ct);
            int status = (int)response.StatusCode;
            if (status == 201 || status == 405)
            {
                // 405 Method Not Allowed: the collection already exists
                return;
            }

            if (status == 409)
            {
                throw new DirectoryNotFoundException("Parent collection missing for " + path);
            }

            throw new IOException($"MKCOL {path} failed with HTTP {status}");
        }

        public async Task UploadAsync(string path, Stream content, CancellationToken ct)
        {
            using var response = await _http.PutAsync(path, new StreamContent(content, 8192), ct);
            switch ((int)response.StatusCode)
            {
                case 200:
                case 201:
                case 204:
                    return;
                case 423:
                    throw new IOException("Resource is locked: " + path);
                case 507:
                    throw new IOException("Insufficient storage on WebDAV server.");
                default:
                    response.EnsureSuccessStatusCode();
                    return;
            }
        }

        public async Task<bool> ExistsAsync(string path, CancellationToken ct)
        {
            var request = new HttpRequestMessage(PropFind, path)
            {
                Content = new StringContent("<?xml version=\"1.0\"?><propfind xmlns=\"DAV:\"><prop/></propfind>", Encoding.UTF8, "application/xml"),
            };
            request.Headers.Add("Depth", "0");
            using var response = await _http.SendAsync(request, ct);
            return (int)response.StatusCode == 207 || response.StatusCode == HttpStatusCode.OK;
        }

        public async Task<bool> DeleteAsync(string path, CancellationToken ct)
        {
            using var response = await _http.DeleteAsync(path, ct);
            return response.StatusCode switch
            {
                HttpStatusCode.NoContent or HttpStatusCode.OK => true,
                HttpStatusCode.NotFound => false,
                (HttpStatusCode)423 => throw new IOException("Locked."),
                _ => throw new IOException("DELETE failed: " + (int)response.StatusCode),
            };
        }
    }
}
