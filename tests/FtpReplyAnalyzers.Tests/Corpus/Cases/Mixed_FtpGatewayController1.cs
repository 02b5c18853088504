// Models an ASP.NET Core controller fronting an FTP server: FTP reply codes (FluentFTP) are mapped to HTTP status codes.
using System;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.MixedFtpGatewayController1
{
    [ApiController]
    [Route("api/files")]
    public sealed class FilesController : ControllerBase
    {
        private readonly AsyncFtpClient _ftp;

        public FilesController(AsyncFtpClient ftp) => _ftp = ftp;

        [HttpDelete("{name}")]
        [ProducesResponseType(204)]
        [ProducesResponseType(404)]
        public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken ct)
        {
            FtpReply reply = await _ftp.Execute("DELE /shared/" + name, ct);
            if (reply.Code == [|"250"|])
            {
                return StatusCode(204);
            }

            if (reply.Code == [|"550"|])
            {
                return NotFound(new { name });
            }

            if (reply.Code == [|"530"|] || reply.Code == [|"532"|])
            {
                return StatusCode(403, "The gateway account may not delete files.");
            }

            return StatusCode(502, reply.ErrorMessage);
        }

        [HttpGet("{name}/size")]
        public async Task<IActionResult> Size([FromRoute] string name, CancellationToken ct)
        {
            try
            {
                long size = await _ftp.GetFileSize("/shared/" + name, -1, ct);
                return size == -1 ? NotFound() : Ok(size);
            }
            catch (FtpCommandException ex) when (ex.CompletionCode == [|"421"|])
            {
                return StatusCode(503, "FTP backend busy.");
            }
            catch (FtpCommandException ex)
            {
                return Problem(detail: ex.Message, statusCode: 502);
            }
        }
    }
}
