// Models an HttpClient wrapper for a REST gateway that runs FTP commands server-side: methods named after FTP verbs, but every number checked is an HTTP status code.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.HttpFtpGatewayApiClient1
{
    public sealed record GatewayCommandResult(string Command, string Output);

    public sealed class FtpGatewayApiClient
    {
        private readonly HttpClient _http;

        public FtpGatewayApiClient(HttpClient http)
        {
            _http = http;
        }

        public Task<HttpResponseMessage> Send(string verb, string? argument, CancellationToken ct)
        {
            return _http.PostAsJsonAsync("api/ftp/commands", new { verb, argument }, ct);
        }

        public Task<HttpResponseMessage> Pwd(CancellationToken ct) => Send("PWD", null, ct);

        public Task<HttpResponseMessage> Cwd(string directory, CancellationToken ct) => Send("CWD", directory, ct);

        public Task<HttpResponseMessage> Syst(CancellationToken ct) => Send("SYST", null, ct);

        public async Task<string?> CurrentDirectoryAsync(CancellationToken ct)
        {
            using HttpResponseMessage response = await Pwd(ct);
            if ((int)response.StatusCode == 200)
            {
                GatewayCommandResult? result = await response.Content.ReadFromJsonAsync<GatewayCommandResult>(cancellationToken: ct);
                return result?.Output;
            }

            return (int)response.StatusCode == 404 ? null : throw new HttpRequestException("gateway answered " + response.StatusCode);
        }

        public async Task<bool> ChangeDirectoryAsync(string directory, CancellationToken ct)
        {
            using HttpResponseMessage response = await Cwd(directory, ct);
            return (int)response.StatusCode switch
            {
                200 or 202 or 204 => true,
                404 or 409 => false,
                502 or 503 or 504 => throw new HttpRequestException("gateway cannot reach the FTP server"),
                _ => throw new HttpRequestException("unexpected status " + (int)response.StatusCode),
            };
        }

        public async Task<bool> QuitAsync(CancellationToken ct)
        {
            using HttpResponseMessage response = await Send("QUIT", null, ct);
            return response.StatusCode == HttpStatusCode.Accepted || (int)response.StatusCode == 200;
        }

        public async Task<string> SystemTypeAsync(CancellationToken ct)
        {
            using HttpResponseMessage response = await Syst(ct);
            if ((int)response.StatusCode != 200)
            {
                throw new HttpRequestException("SYST via gateway failed with HTTP " + (int)response.StatusCode);
            }

            return await response.Content.ReadAsStringAsync(ct);
        }

        public async Task<bool> RenameAsync(string from, string to, CancellationToken ct)
        {
            using HttpResponseMessage first = await Send("RNFR", from, ct);
            if ((int)first.StatusCode != 202)
            {
                return false;
            }

            using HttpResponseMessage second = await Send("RNTO", to, ct);
            return (int)second.StatusCode is 200 or 201;
        }
    }
}
