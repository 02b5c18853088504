// Models the ASP.NET Core side of an FTP gateway: controller actions named after FTP verbs and a switch on the verb, all answering with HTTP status codes.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commands.HttpFtpCommandController1
{
    public sealed record CommandRequest(string Verb, string? Argument);

    public interface IFtpBackend
    {
        Task<string?> PrintWorkingDirectoryAsync();
        Task<bool> ChangeDirectoryAsync(string path);
        Task<string> SystemTypeAsync();
        Task<bool> DeleteAsync(string path);
        bool IsReachable { get; }
    }

    [ApiController]
    [Route("api/ftp")]
    public sealed class FtpCommandsController : ControllerBase
    {
        private static readonly ConcurrentDictionary<string, string> PendingRenames = new ConcurrentDictionary<string, string>();
        private readonly IFtpBackend _backend;

        public FtpCommandsController(IFtpBackend backend)
        {
            _backend = backend;
        }

        [HttpGet("pwd")]
        [ProducesResponseType(200)]
        [ProducesResponseType(502)]
        public async Task<IActionResult> Pwd()
        {
            if (!_backend.IsReachable)
            {
                return StatusCode(502, "FTP server unreachable");
            }

            string? path = await _backend.PrintWorkingDirectoryAsync();
            return path == null ? StatusCode(500) : Ok(path);
        }

        [HttpPost("cwd")]
        public async Task<IActionResult> Cwd([FromQuery] string path)
        {
            return await _backend.ChangeDirectoryAsync(path) ? StatusCode(202) : NotFound(path);
        }

        [HttpGet("syst")]
        public async Task<IActionResult> Syst()
        {
            return StatusCode(200, await _backend.SystemTypeAsync());
        }

        [HttpDelete("dele")]
        public async Task<IActionResult> Dele([FromQuery] string path)
        {
            if (await _backend.DeleteAsync(path))
            {
                Response.StatusCode = 204;
                return new StatusCodeResult(204);
            }

            return Problem(detail: "delete failed", statusCode: 409);
        }

        [HttpPost("quit")]
        public IActionResult Quit() => StatusCode(202);

        [HttpPost("commands")]
        public async Task<IActionResult> Run(CommandRequest request)
        {
            switch (request.Verb.ToUpperInvariant())
            {
                case "PWD":
                    return await Pwd();
                case "CWD":
                    return await Cwd(request.Argument ?? "/");
                case "SYST":
                    return await Syst();
                case "QUIT":
                    return StatusCode(202);
                case "NOOP":
                    return StatusCode(204);
                case "RNFR":
                    PendingRenames[HttpContext.TraceIdentifier] = request.Argument ?? string.Empty;
                    return StatusCode(202);
                case "RNTO":
                    return PendingRenames.TryRemove(HttpContext.TraceIdentifier, out _) ? StatusCode(200) : StatusCode(409);
                default:
                    return StatusCode(StatusCodes.Status400BadRequest, "unsupported verb " + request.Verb);
            }
        }
    }
}
