// ASP.NET Core controller exposing an FTP share over HTTP: FluentFTP reply and completion codes are tested, HTTP status codes produced.
using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace HeldOut.FtpGatewayController1;

[ApiController]
[Route("api/ftp")]
public sealed class FtpFilesController(AsyncFtpClient ftp) : ControllerBase
{
    [HttpGet("size/{*path}")]
    [ProducesResponseType(200)]
    [ProducesResponseType(404)]
    [ProducesResponseType(502)]
    public async Task<IActionResult> GetSize([FromRoute] string path, CancellationToken ct)
    {
        if (!ftp.IsConnected)
        {
            Response.StatusCode = 503;
            return StatusCode(503, "FTP backend offline");
        }

        var reply = await ftp.Execute($"SIZE {path}", ct);
        if (reply.Code == [|"213"|])
        {
            return Ok(long.Parse(reply.Message, CultureInfo.InvariantCulture));
        }

        if (reply.Code == [|"550"|])
        {
            return NotFound();
        }

        return StatusCode(502, reply.ErrorMessage);
    }

    [HttpDelete("{*path}")]
    public async Task<IActionResult> Delete([FromRoute] string path, CancellationToken ct)
    {
        try
        {
            await ftp.DeleteFile(path, ct);
            return StatusCode(204);
        }
        catch (FtpCommandException ex) when (ex.CompletionCode == [|"550"|])
        {
            return NotFound(new { path });
        }
        catch (FtpCommandException ex) when (ex.CompletionCode == [|"530"|])
        {
            return StatusCode(503, "FTP backend rejected our credentials");
        }
        catch (FtpCommandException ex)
        {
            var http = int.Parse(ex.CompletionCode, CultureInfo.InvariantCulture) switch
            {
                [|450|] => 409,
                [|421|] or [|425|] => 503,
                _ => 502,
            };
            return new ObjectResult(ex.Message) { StatusCode = http };
        }
    }

    [HttpPost("dirs/{*path}")]
    public async Task<IActionResult> MakeDirectory([FromRoute] string path, CancellationToken ct)
    {
        var reply = await ftp.Execute($"MKD {path}", ct);
        return reply.Code switch
        {
            [|"257"|] => StatusCode(201),
            [|"521"|] => StatusCode(409),
            [|"550"|] or [|"553"|] => Problem(detail: reply.Message, statusCode: 422),
            _ => Problem(detail: reply.ErrorMessage, statusCode: 500),
        };
    }
}
