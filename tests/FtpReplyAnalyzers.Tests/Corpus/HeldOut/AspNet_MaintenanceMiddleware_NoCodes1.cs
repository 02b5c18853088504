// ASP.NET Core middleware for maintenance mode, geo-blocking and error logging that reads and writes HttpResponse.StatusCode.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace HeldOut.AspNetMaintenance1;

public sealed class MaintenanceOptions
{
    public bool Enabled { get; set; }
    public int RetryAfterSeconds { get; set; } = 300;
    public HashSet<string> BlockedRegions { get; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class MaintenanceMiddleware(RequestDelegate next, MaintenanceOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.Enabled && !context.Request.Path.StartsWithSegments("/health"))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers["Retry-After"] = options.RetryAfterSeconds.ToString();
            await context.Response.WriteAsync("Down for maintenance");
            return;
        }

        if (context.Request.Headers.TryGetValue("X-Region", out var region) && options.BlockedRegions.Contains(region.ToString()))
        {
            context.Response.StatusCode = 451;
            await context.Response.WriteAsync("Unavailable for legal reasons");
            return;
        }

        await next(context);

        if (context.Response.StatusCode == 404 && context.Request.Path.Value?.EndsWith('/') == true)
        {
            context.Items["try-without-slash"] = true;
        }

        switch (context.Response.StatusCode)
        {
            case 500:
            case 502:
            case 503:
            case 504:
                Console.Error.WriteLine($"{context.TraceIdentifier}: upstream failure {context.Response.StatusCode}");
                break;
            case 429:
                Console.WriteLine($"{context.TraceIdentifier}: throttled");
                break;
        }
    }
}

public sealed class ErrorShapingMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (TimeoutException) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = 504;
            await context.Response.WriteAsJsonAsync(new { error = "upstream timeout", trace = context.TraceIdentifier });
        }
        catch (NotImplementedException) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = 501;
            await context.Response.WriteAsJsonAsync(new { error = "not implemented" });
        }
    }
}
