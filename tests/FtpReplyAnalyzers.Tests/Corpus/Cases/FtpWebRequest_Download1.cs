// Models a classic FtpWebRequest download helper that inspects FtpWebResponse status codes.
using System;
using System.IO;
using System.Net;

namespace Corpus.FtpWebRequestDownload1
{
    public class FtpDownloader
    {
        private readonly NetworkCredential _credentials;

        public FtpDownloader(string user, string password)
        {
            _credentials = new NetworkCredential(user, password);
        }

        public bool TryDownload(Uri remote, string localPath)
        {
            var request = (FtpWebRequest)WebRequest.Create(remote);
            request.Method = WebRequestMethods.Ftp.DownloadFile;
            request.Credentials = _credentials;
            request.UseBinary = true;
            request.Timeout = 30000;

            try
            {
                using var response = (FtpWebResponse)request.GetResponse();
                using Stream body = response.GetResponseStream();
                using FileStream file = File.Create(localPath);
                body.CopyTo(file, 81920);

                if (response.StatusCode == FtpStatusCode.ClosingData)
                {
                    return true;
                }

                return (int)response.StatusCode == [|226|] || (int)response.StatusCode == [|250|];
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse failed)
            {
                if ((int)failed.StatusCode == [|550|])
                {
                    return false;
                }

                if (failed.StatusCode == (FtpStatusCode)[|530|])
                {
                    throw new UnauthorizedAccessException(failed.StatusDescription, ex);
                }

                throw;
            }
        }

        public long GetRemoteSize(Uri remote)
        {
            var request = (FtpWebRequest)WebRequest.Create(remote);
            request.Method = WebRequestMethods.Ftp.GetFileSize;
            request.Credentials = _credentials;
            using var response = (FtpWebResponse)request.GetResponse();
            if (response.StatusCode != FtpStatusCode.FileStatus)
            {
                return -1;
            }

            return response.ContentLength;
        }
    }
}
