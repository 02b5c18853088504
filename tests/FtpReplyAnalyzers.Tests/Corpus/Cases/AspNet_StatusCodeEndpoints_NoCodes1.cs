// Models ASP.NET Core maintenance and rate-limit middleware plus an ObjectResult factory; all codes are HTTP.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.AspNetStatusEndpoints1
{
    public sealed class MaintenanceModeMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly Func<bool> _isMaintenance;

        public MaintenanceModeMiddleware(RequestDelegate next, Func<bool> isMaintenance)
        {
            _next = next;
            _isMaintenance = isMaintenance;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            if (_isMaintenance() && !context.Request.Path.StartsWithSegments("/health"))
            {
                context.Response.StatusCode = 503;
                context.Response.Headers["Retry-After"] = "300";
                await context.Response.WriteAsync("Down for maintenance.");
                return;
            }

            await _next(context);
            if (context.Response.StatusCode is 404 or 410)
            {
                context.Items["missing"] = true;
            }
        }
    }

    public sealed class SimpleRateLimitMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ConcurrentDictionary<string, int> _hits = new ConcurrentDictionary<string, int>();

        public SimpleRateLimitMiddleware(RequestDelegate next) => _next = next;

        public Task InvokeAsync(HttpContext context)
        {
            string key = context.Request.Headers.TryGetValue("X-Api-Key", out var v) ? v.ToString() : "anonymous";
            int count = _hits.AddOrUpdate(key, 1, (_, n) => n + 1);
            if (count == 250)
            {
                Console.WriteLine("Client " + key + " is close to its limit.");
            }

            if (count > 300)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Task.CompletedTask;
            }

            return _next(context);
        }
    }

    public static class Results
    {
        public static ObjectResult Error(string message, int statusCode = 500) => new ObjectResult(new { message }) { StatusCode = statusCode };

        public static ObjectResult Unavailable(string message) => new ObjectResult(new { message }) { StatusCode = 503 };

        public static IActionResult Gone() => new StatusCodeResult(410);

        public static IActionResult Accepted() => new StatusCodeResult(202);
    }
}
