// ASP.NET Core controller for a local upload store: HTTP status codes via StatusCode(...), ObjectResult and ProducesResponseType attributes.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HeldOut.AspNetUploads1
{
    public interface IUploadStore
    {
        bool IsReadOnly { get; }
        long FreeBytes { get; }
        Task<Stream?> OpenAsync(string name, CancellationToken ct);
        Task DeleteAsync(string name, CancellationToken ct);
    }

    [ApiController]
    [Route("uploads")]
    public class UploadsController : ControllerBase
    {
        private const long MaxUploadBytes = 512L * 1024 * 1024;
        private readonly IUploadStore _store;

        public UploadsController(IUploadStore store)
        {
            _store = store;
        }

        [HttpGet("{name}")]
        [ProducesResponseType(200)]
        [ProducesResponseType(404)]
        [ProducesResponseType(500)]
        public async Task<IActionResult> Download([FromRoute] string name, CancellationToken ct)
        {
            if (!string.Equals(Request.Headers.TryGetValue("Host", out var host) ? host.ToString() : null, "files.example.com", StringComparison.OrdinalIgnoreCase))
            {
                // request reached the wrong virtual host through a shared TLS connection
                Response.StatusCode = 421;
                return new StatusCodeResult(421);
            }

            var stream = await _store.OpenAsync(name, ct);
            if (stream is null)
            {
                return NotFound();
            }

            stream.Dispose();
            return Ok(name);
        }

        [HttpPost("{name}")]
        public IActionResult Upload([FromRoute] string name)
        {
            if (_store.IsReadOnly)
            {
                return StatusCode(503, "store is read-only during maintenance");
            }

            if (Request.ContentLength > MaxUploadBytes)
            {
                return StatusCode(StatusCodes.Status400BadRequest, "file too large");
            }

            if (_store.FreeBytes < (Request.ContentLength ?? 0))
            {
                return new ObjectResult("insufficient storage") { StatusCode = 507 };
            }

            return StatusCode(202);
        }

        [HttpDelete("{name}")]
        public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken ct)
        {
            try
            {
                await _store.DeleteAsync(name, ct);
                return StatusCode(204);
            }
            catch (FileNotFoundException)
            {
                return NotFound(name);
            }
            catch (IOException ex)
            {
                return new ObjectResult(ex.Message) { StatusCode = 502 };
            }
            catch (NotSupportedException)
            {
                return Problem(detail: "delete not supported by this backend", statusCode: 501);
            }
        }
    }
}
