// Models ASP.NET Core middleware that sets and inspects HttpResponse.StatusCode.
using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Corpus.AspNetErrorMiddleware1
{
    public sealed class ErrorHandlingMiddleware
    {
        private readonly RequestDelegate _next;

        public ErrorHandlingMiddleware(RequestDelegate next) => _next = next;

        public async Task InvokeAsync(HttpContext context)
        {
            try
            {
                await _next(context);
            }
            catch (UnauthorizedAccessException)
            {
                context.Response.StatusCode = 403;
            }
            catch (FileNotFoundException)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
            catch (Exception ex) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = 500;
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsJsonAsync(new { title = "Unhandled error", detail = ex.Message, traceId = context.TraceIdentifier });
                return;
            }

            switch (context.Response.StatusCode)
            {
                case 401:
                case 403:
                    context.Response.Headers["Cache-Control"] = "no-store";
                    break;
                case 404:
                    if (context.Request.Path.StartsWithSegments("/api"))
                    {
                        await context.Response.WriteAsync("{\"title\":\"Not found\"}");
                    }

                    break;
                case 503:
                    context.Response.Headers["Retry-After"] = "120";
                    break;
            }

            if (context.Response.StatusCode == 200 && context.Request.Method == "HEAD")
            {
                context.Response.ContentLength = 0;
            }
        }
    }
}
