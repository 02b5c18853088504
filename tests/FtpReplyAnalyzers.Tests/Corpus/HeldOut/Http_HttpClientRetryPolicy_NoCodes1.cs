// HttpClient DelegatingHandler that retries transient HTTP responses and a catalogue client that switches on HTTP status numbers.
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.HttpRetryHandler1;

public sealed class TransientRetryHandler(int maxAttempts = 4) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            var transient = status switch
            {
                408 or 429 => true,
                500 or 502 or 503 or 504 => true,
                425 => true, // Too Early: the request was replayed 0-RTT data
                _ => false,
            };

            if (!transient || attempt >= maxAttempts)
            {
                return response;
            }

            var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt));
            response.Dispose();
            await Task.Delay(delay, cancellationToken);
        }
    }
}

public sealed class CatalogClient(HttpClient http)
{
    public async Task<string?> GetManifestAsync(Uri uri, string? etag, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            request.Headers.TryAddWithoutValidation("A-IM", "feed");
        }

        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == (HttpStatusCode)421)
        {
            // Misdirected Request: the pooled connection was for another authority
            throw new HttpRequestException("misdirected request, retry on a fresh connection");
        }

        switch ((int)response.StatusCode)
        {
            case 200:
                return await response.Content.ReadAsStringAsync(ct);
            case 226:
                // IM Used: body is a delta against the cached instance
                return await response.Content.ReadAsStringAsync(ct);
            case 304:
                return null;
            case 202:
                throw new InvalidOperationException("manifest is still being generated");
            case 501:
                throw new NotSupportedException("server cannot produce this manifest");
            default:
                response.EnsureSuccessStatusCode();
                return null;
        }
    }

    public async Task<bool> PingAsync(Uri uri, CancellationToken ct)
    {
        using var response = await http.GetAsync(uri, ct);
        return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.ServiceUnavailable;
    }
}
