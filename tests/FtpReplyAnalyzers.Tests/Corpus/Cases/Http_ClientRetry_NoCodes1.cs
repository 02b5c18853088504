// Models an HttpClient retry helper that classifies HTTP status codes with patterns (502/503/504 are HTTP here).
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.HttpClientRetry1
{
    public sealed class RetryingHttpClient
    {
        private readonly HttpClient _client;
        private readonly int _maxAttempts;

        public RetryingHttpClient(HttpClient client, int maxAttempts = 3)
        {
            _client = client;
            _maxAttempts = maxAttempts;
        }

        public async Task<HttpResponseMessage> GetWithRetryAsync(Uri uri, CancellationToken ct)
        {
            for (int attempt = 1; ; attempt++)
            {
                HttpResponseMessage response = await _client.GetAsync(uri, ct);
                int status = (int)response.StatusCode;

                if (status is 502 or 503 or 504 || status == 429)
                {
                    if (attempt == _maxAttempts)
                    {
                        return response;
                    }

                    TimeSpan delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(250 * attempt);
                    response.Dispose();
                    await Task.Delay(delay, ct);
                    continue;
                }

                if (status == 401 && attempt == 1)
                {
                    response.Dispose();
                    await RefreshTokenAsync(ct);
                    continue;
                }

                return response;
            }
        }

        public static bool IsSuccess(HttpStatusCode code) => code == HttpStatusCode.OK || (int)code == 201 || (int)code == 204;

        public static string Describe(HttpResponseMessage response) => (int)response.StatusCode switch
        {
            200 => "ok",
            202 => "accepted",
            226 => "IM used",
            404 => "not found",
            421 => "misdirected request",
            500 => "server error",
            _ => response.ReasonPhrase ?? "unknown",
        };

        private Task RefreshTokenAsync(CancellationToken ct) => Task.Delay(10, ct);
    }
}
