// Models an ASP.NET Core controller that fronts a legacy FTP archive: FTP failures are matched by enum name, the literals are HTTP statuses.
using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blind.FtpGatewayApi1
{
    public interface IFtpArchive
    {
        Task<Stream> OpenReadAsync(string path, CancellationToken ct);
        Task DeleteAsync(string path, CancellationToken ct);
    }

    [ApiController]
    [Route("api/ftp-archive")]
    public sealed class FtpArchiveController : ControllerBase
    {
        private readonly IFtpArchive _archive;

        public FtpArchiveController(IFtpArchive archive)
        {
            _archive = archive;
        }

        [HttpGet("{*path}")]
        [ProducesResponseType(200)]
        [ProducesResponseType(404)]
        [ProducesResponseType(502)]
        public async Task<IActionResult> Get([FromRoute] string path, CancellationToken ct)
        {
            try
            {
                var stream = await _archive.OpenReadAsync(path, ct).ConfigureAwait(false);
                Response.Headers["Cache-Control"] = "private, max-age=300";
                return new ObjectResult(stream) { StatusCode = 200 };
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: FtpStatusCode.ActionNotTakenFileUnavailable })
            {
                return NotFound(new { path });
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: FtpStatusCode.NotLoggedIn })
            {
                // the gateway's service account is broken; this is our fault, not the caller's
                return StatusCode(502, new { error = "archive login failed" });
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: FtpStatusCode.ServiceNotAvailable })
            {
                Response.Headers["Retry-After"] = "30";
                return new ObjectResult(new { error = "archive busy" }) { StatusCode = 503 };
            }
            catch (WebException ex) when (ex.Status == WebExceptionStatus.Timeout)
            {
                return StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }

        [HttpDelete("{*path}")]
        public async Task<IActionResult> Delete([FromRoute] string path, CancellationToken ct)
        {
            if (path.Contains("..", StringComparison.Ordinal))
            {
                return BadRequest("invalid path");
            }

            try
            {
                await _archive.DeleteAsync(path, ct).ConfigureAwait(false);
                return StatusCode(204);
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse r && r.StatusCode == FtpStatusCode.ActionNotTakenFileUnavailable)
            {
                return NotFound();
            }
            catch (WebException)
            {
                return Problem(detail: "archive error", statusCode: 502);
            }
        }
    }

    public sealed class FtpArchiveHealthMiddleware
    {
        private readonly RequestDelegate _next;

        public FtpArchiveHealthMiddleware(RequestDelegate next)
        {
            _next = next;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            if (context.Request.Path == "/healthz/ftp")
            {
                var ok = await PingAsync().ConfigureAwait(false);
                context.Response.StatusCode = ok ? 200 : 503;
                await context.Response.WriteAsync(ok ? "ftp archive reachable" : "ftp archive unreachable").ConfigureAwait(false);
                return;
            }

            await _next(context).ConfigureAwait(false);
            if (context.Response.StatusCode == 500 && !context.Response.HasStarted)
            {
                context.Response.ContentType = "text/plain";
            }
        }

        private static Task<bool> PingAsync() => Task.FromResult(true);
    }
}
