using System.Net;
using System.Net.Mail;

namespace FtpClientSample;

/// <summary>Transfers over FtpWebRequest, plus the HTTP and SMTP code that lives beside them in real projects.</summary>
public static class Transfers
{
#pragma warning disable SYSLIB0014 // FtpWebRequest is obsolete, and still in a great deal of legacy transfer code.
    public static bool Exists(Uri file)
    {
        var request = (FtpWebRequest)WebRequest.Create(file);
        request.Method = WebRequestMethods.Ftp.GetFileSize;
        try
        {
            using var response = (FtpWebResponse)request.GetResponse();
            return (int)response.StatusCode == 213;
        }
        catch (WebException ex) when (ex.Response is FtpWebResponse failed && failed.StatusCode == (FtpStatusCode)550)
        {
            return false;
        }
    }
#pragma warning restore SYSLIB0014

    // HTTP: same numbers, not FTP replies. Not reported.
    public static async Task<bool> ExistsOverHttpAsync(HttpClient client, Uri file)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, file));
        return (int)response.StatusCode == 200 || response.StatusCode == (HttpStatusCode)226;
    }

    // SMTP: the same three-digit scheme, not FTP replies. Not reported.
    public static bool MailboxMissing(SmtpException ex) => (int)ex.StatusCode == 550;

    // Sizes, timeouts and retries beside FTP code. Not reported.
    public static async Task CopyAsync(Stream source, Stream target, int retries = 3)
    {
        var buffer = new byte[8192];
        int bytesRead;
        while ((bytesRead = await source.ReadAsync(buffer)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, bytesRead));
        }

        if (retries == 3)
        {
            await Task.Delay(250);
        }
    }
}
