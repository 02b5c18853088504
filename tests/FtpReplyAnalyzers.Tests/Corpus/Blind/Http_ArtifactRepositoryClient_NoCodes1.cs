// Models an HTTP artifact-repository client using the same comparison shapes as FTP code: casts, switches, patterns, lambdas, ternaries on status codes.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.ArtifactRepoClient1
{
    public sealed record UploadResult(string Path, HttpStatusCode Status, int Attempts);

    public sealed class ArtifactRepositoryClient
    {
        private readonly HttpClient _http;
        private readonly List<UploadResult> _results = new List<UploadResult>();

        public ArtifactRepositoryClient(HttpClient http)
        {
            _http = http;
        }

        public event EventHandler<HttpResponseMessage>? ResponseReceived;

        public async Task<bool> ExistsAsync(string path, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, path);
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            ResponseReceived?.Invoke(this, response);
            return (int)response.StatusCode == 200;
        }

        public async Task<UploadResult> UploadAsync(string path, byte[] content, CancellationToken ct)
        {
            var attempt = 0;
            while (true)
            {
                attempt++;
                using var response = await _http.PutAsync(path, new ByteArrayContent(content), ct).ConfigureAwait(false);
                ResponseReceived?.Invoke(this, response);

                switch ((int)response.StatusCode)
                {
                    case 200:
                    case 201:
                    case 202:
                        return Record(new UploadResult(path, response.StatusCode, attempt));
                    case 425:
                    case 429:
                    case 503:
                        if (attempt == 5)
                        {
                            return Record(new UploadResult(path, response.StatusCode, attempt));
                        }

                        await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), ct).ConfigureAwait(false);
                        continue;
                    case 426:
                        throw new InvalidOperationException("repository requires a newer protocol (Upgrade Required)");
                    case 451:
                        throw new InvalidOperationException("artifact blocked for legal reasons");
                    default:
                        return Record(new UploadResult(path, response.StatusCode, attempt));
                }
            }
        }

        private UploadResult Record(UploadResult result)
        {
            _results.Add(result);
            return result;
        }

        public bool AnyServerErrors() => _results.Any(r => (int)r.Status == 500 || (int)r.Status == 502);

        public int CountThrottled() => _results.Count(r => r.Status == (HttpStatusCode)429 || (int)r.Status == 503);

        public bool IsGatewayProblem(UploadResult r) => r is { Status: (HttpStatusCode)502 or (HttpStatusCode)504 };

        public static string Label(UploadResult r) =>
            (int)r.Status == 201 ? "created"
            : (int)r.Status == 200 ? "replaced"
            : (int)r.Status == 202 ? "queued"
            : "failed";

        public static string Describe(HttpStatusCode status) => (int)status switch
        {
            401 => "token missing or expired",
            403 => "no deploy permission on this repository",
            413 => "artifact too large",
            500 => "repository internal error",
            501 => "method not supported by this repository type",
            _ => status.ToString(),
        };

        public void WatchForOutages(Action<string> alert)
        {
            ResponseReceived += (s, e) =>
            {
                if ((int)e.StatusCode == 503 || e.StatusCode.Equals((HttpStatusCode)502))
                {
                    alert("artifact repository degraded: " + e.RequestMessage?.RequestUri);
                }
            };
        }
    }
}
