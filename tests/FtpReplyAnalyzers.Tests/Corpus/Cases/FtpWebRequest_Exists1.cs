// Models "does this remote file exist" checks with FtpWebRequest using patterns on the status code.
using System;
using System.Net;

namespace Corpus.FtpWebRequestExists1
{
    public static class FtpExistence
    {
        public static bool FileExists(Uri file, ICredentials credentials)
        {
            var request = (FtpWebRequest)WebRequest.Create(file);
            request.Method = WebRequestMethods.Ftp.GetDateTimestamp;
            request.Credentials = credentials;
            try
            {
                using var response = (FtpWebResponse)request.GetResponse();
                return true;
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: (FtpStatusCode)[|550|] })
            {
                return false;
            }
        }

        public static bool DirectoryExists(Uri directory, ICredentials credentials)
        {
            var request = (FtpWebRequest)WebRequest.Create(directory);
            request.Method = WebRequestMethods.Ftp.ListDirectory;
            request.Credentials = credentials;
            try
            {
                using var response = (FtpWebResponse)request.GetResponse();
                return response.StatusCode != FtpStatusCode.ActionNotTakenFileUnavailable;
            }
            catch (WebException ex)
            {
                if (ex.Response is FtpWebResponse r && (int)r.StatusCode is [|550|] or [|553|])
                {
                    return false;
                }

                if (ex.Status == WebExceptionStatus.Timeout || ex.Status == WebExceptionStatus.ConnectFailure)
                {
                    throw new TimeoutException("FTP server did not answer.", ex);
                }

                throw;
            }
        }
    }
}
