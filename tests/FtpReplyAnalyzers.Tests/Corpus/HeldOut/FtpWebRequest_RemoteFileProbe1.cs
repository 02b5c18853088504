// Modern async FtpWebRequest helper that probes remote files with SIZE/MDTM/DELE and matches FtpWebResponse status codes with patterns.
using System;
using System.Net;
using System.Threading.Tasks;

namespace HeldOut.FtpWebProbe1;

public sealed record RemoteFileInfo(Uri Location, long Size, DateTime? Modified);

public sealed class FtpFileProbe(NetworkCredential credential)
{
    public int TimeoutMilliseconds { get; init; } = 20_000;

    public async Task<RemoteFileInfo?> ProbeAsync(Uri file)
    {
        var size = await SizeAsync(file);
        if (size is null)
        {
            return null;
        }

        var modified = await ModifiedAsync(file);
        return new RemoteFileInfo(file, size.Value, modified);
    }

    private async Task<long?> SizeAsync(Uri file)
    {
        var request = Create(file, WebRequestMethods.Ftp.GetFileSize);
        try
        {
            using var response = (FtpWebResponse)await request.GetResponseAsync();
            return response.StatusCode is (FtpStatusCode)[|213|] ? response.ContentLength : null;
        }
        catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: (FtpStatusCode)[|550|] })
        {
            return null;
        }
    }

    private async Task<DateTime?> ModifiedAsync(Uri file)
    {
        var request = Create(file, WebRequestMethods.Ftp.GetDateTimestamp);
        try
        {
            using var response = (FtpWebResponse)await request.GetResponseAsync();
            return response.LastModified;
        }
        catch (WebException ex) when (ex.Response is FtpWebResponse r)
        {
            var code = (int)r.StatusCode;
            if (code is [|500|] or [|502|])
            {
                // server has no MDTM
                return null;
            }

            if (code == [|550|])
            {
                return null;
            }

            throw;
        }
    }

    public async Task<string> DeleteAsync(Uri file)
    {
        var request = Create(file, WebRequestMethods.Ftp.DeleteFile);
        try
        {
            using var response = (FtpWebResponse)await request.GetResponseAsync();
            return "deleted";
        }
        catch (WebException ex) when (ex.Response is FtpWebResponse failed)
        {
            return failed.StatusCode switch
            {
                (FtpStatusCode)[|550|] => "missing",
                (FtpStatusCode)[|450|] => "busy",
                (FtpStatusCode)[|530|] => "unauthorized",
                FtpStatusCode.ServiceNotAvailable => "server unavailable",
                _ => $"failed: {failed.StatusDescription}",
            };
        }
    }

    private FtpWebRequest Create(Uri file, string method)
    {
#pragma warning disable SYSLIB0014
        var request = (FtpWebRequest)WebRequest.Create(file);
#pragma warning restore SYSLIB0014
        request.Method = method;
        request.Credentials = credential;
        request.Timeout = TimeoutMilliseconds;
        request.KeepAlive = false;
        request.UsePassive = true;
        return request;
    }
}
