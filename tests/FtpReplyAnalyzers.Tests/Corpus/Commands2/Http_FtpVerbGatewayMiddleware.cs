// Models an ASP.NET Core middleware and its HttpClient probe that expose FTP-named operations (/ops/NOOP, /ops/QUIT, /ops/HELP, /ops/PWD) over HTTP; every number is an HTTP status.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Commands2.HttpFtpVerbGatewayMiddleware1
{
    public sealed class GatewayOptions
    {
        public string ExpectedHost { get; init; } = "gateway.internal";
        public bool Draining { get; set; }
        public HashSet<string> DisabledOperations { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    public sealed class FtpOperationMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly GatewayOptions _options;

        public FtpOperationMiddleware(RequestDelegate next, GatewayOptions options)
        {
            _next = next;
            _options = options;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            string path = context.Request.Path;
            if (!path.StartsWith("/ops/", StringComparison.Ordinal))
            {
                await _next(context);
                return;
            }

            if (context.Request.Headers.TryGetValue("Host", out var host) && host.ToString() != _options.ExpectedHost)
            {
                context.Response.StatusCode = 421;
                return;
            }

            string verb = path.Substring("/ops/".Length).ToUpperInvariant();
            if (_options.DisabledOperations.Contains(verb))
            {
                context.Response.StatusCode = 501;
                return;
            }

            if (verb == "NOOP")
            {
                context.Response.StatusCode = 204;
            }
            else if (verb == "QUIT")
            {
                _options.Draining = true;
                context.Response.StatusCode = 202;
                await context.Response.WriteAsync("draining");
            }
            else if (verb == "HELP")
            {
                context.Response.StatusCode = 200;
                await context.Response.WriteAsync("operations: NOOP QUIT HELP PWD");
            }
            else if (verb == "PWD")
            {
                context.Response.StatusCode = _options.Draining ? 503 : 200;
                await context.Response.WriteAsJsonAsync(new { cwd = "/" });
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        }

        public static int StatusFor(string verb) => verb switch
        {
            "NOOP" => 204,
            "QUIT" => 202,
            "HELP" or "PWD" => 200,
            "EPSV" or "PASV" => 425,
            _ => 404,
        };
    }

    public sealed class GatewayProbe
    {
        private readonly HttpClient _http;

        public GatewayProbe(HttpClient http) => _http = http;

        public async Task<bool> IsAliveAsync(CancellationToken ct)
        {
            using HttpResponseMessage noop = await _http.PostAsync("/ops/NOOP", null, ct);
            return (int)noop.StatusCode == 204 || noop.StatusCode == HttpStatusCode.OK;
        }

        public async Task<string?> HelpAsync(CancellationToken ct)
        {
            using HttpResponseMessage help = await _http.GetAsync("/ops/HELP", ct);
            return (int)help.StatusCode == 200 ? await help.Content.ReadAsStringAsync(ct) : null;
        }

        public async Task DrainAsync(CancellationToken ct)
        {
            using HttpResponseMessage quit = await _http.PostAsync("/ops/QUIT", null, ct);
            switch ((int)quit.StatusCode)
            {
                case 202:
                    break;
                case 421:
                    throw new HttpRequestException("misdirected request: wrong gateway host");
                case 425:
                    throw new HttpRequestException("too early: retry after the TLS handshake");
                default:
                    throw new HttpRequestException("QUIT failed with " + (int)quit.StatusCode);
            }
        }

        public async Task<int> PwdStatusAsync(CancellationToken ct)
        {
            using HttpResponseMessage pwd = await _http.GetAsync("/ops/PWD", ct);
            int status = (int)pwd.StatusCode;
            return status is 200 or 503 ? status : throw new HttpRequestException("unexpected " + status);
        }
    }
}
