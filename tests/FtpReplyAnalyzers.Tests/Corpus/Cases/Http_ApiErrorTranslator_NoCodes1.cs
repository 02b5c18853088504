// Models a REST SDK that translates HttpResponseMessage status codes into typed exceptions via switch expressions.
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.HttpApiErrors1
{
    public class ApiException : Exception
    {
        public ApiException(int statusCode, string message) : base(message) => StatusCode = statusCode;
        public int StatusCode { get; }
    }

    public sealed class ApiNotFoundException : ApiException
    {
        public ApiNotFoundException(string message) : base(404, message) { }
    }

    public sealed class ApiThrottledException : ApiException
    {
        public ApiThrottledException(string message) : base(429, message) { }
    }

    public static class ApiResponseHandler
    {
        public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            string body = await response.Content.ReadAsStringAsync(ct);
            int status = (int)response.StatusCode;
            throw status switch
            {
                400 or 422 => new ApiException(status, "Validation failed: " + body),
                401 => new UnauthorizedAccessException("Token expired or invalid."),
                404 => new ApiNotFoundException(body),
                429 => new ApiThrottledException(body),
                500 or 502 or 503 or 504 => new ApiException(status, "Service error: " + body),
                _ => new ApiException(status, body),
            };
        }

        public static bool ShouldRetry(ApiException ex) => ex.StatusCode is 429 or 502 or 503 or 504;

        public static bool IsConflict(HttpStatusCode code) => code == HttpStatusCode.Conflict || code == (HttpStatusCode)412;

        public static ApiException FromStatus(HttpStatusCode code) => new ApiException((int)code, code.ToString());

        public static ApiException Unavailable() => new ApiException(503, "Service unavailable");
    }
}
