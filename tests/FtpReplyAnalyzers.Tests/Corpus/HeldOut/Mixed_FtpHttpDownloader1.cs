// Downloader for ftp:// and http:// URIs via WebRequest: FtpWebResponse codes and HttpWebResponse codes are classified side by side.
using System;
using System.IO;
using System.Net;

namespace HeldOut.MixedDownloader1
{
    public enum FetchResult
    {
        Ok,
        NotFound,
        Unauthorized,
        RetryLater,
        Failed
    }

    public class RemoteFetcher
    {
        private const int BufferSize = 8192;

        public int TimeoutMs { get; set; } = 30000;

        public FetchResult Fetch(Uri source, string target, ICredentials credentials)
        {
            WebRequest request = WebRequest.Create(source);
            request.Credentials = credentials;
            request.Timeout = TimeoutMs;
            try
            {
                using (WebResponse response = request.GetResponse())
                using (Stream input = response.GetResponseStream())
                using (FileStream output = File.Create(target))
                {
                    input.CopyTo(output, BufferSize);
                }
                return FetchResult.Ok;
            }
            catch (WebException ex)
            {
                FtpWebResponse ftp = ex.Response as FtpWebResponse;
                if (ftp != null)
                {
                    return ClassifyFtp(ftp);
                }

                HttpWebResponse http = ex.Response as HttpWebResponse;
                if (http != null)
                {
                    return ClassifyHttp(http);
                }

                return FetchResult.Failed;
            }
        }

        public long GetRemoteSize(Uri source, ICredentials credentials)
        {
            if (source.Scheme == Uri.UriSchemeFtp)
            {
                FtpWebRequest req = (FtpWebRequest)WebRequest.Create(source);
                req.Method = WebRequestMethods.Ftp.GetFileSize;
                req.Credentials = credentials;
                using (FtpWebResponse resp = (FtpWebResponse)req.GetResponse())
                {
                    return (int)resp.StatusCode == [|213|] ? resp.ContentLength : -1;
                }
            }

            HttpWebRequest head = (HttpWebRequest)WebRequest.Create(source);
            head.Method = "HEAD";
            head.Credentials = credentials;
            using (HttpWebResponse resp = (HttpWebResponse)head.GetResponse())
            {
                return (int)resp.StatusCode == 200 ? resp.ContentLength : -1;
            }
        }

        private static FetchResult ClassifyFtp(FtpWebResponse response)
        {
            int code = (int)response.StatusCode;
            if (code == [|550|])
            {
                return FetchResult.NotFound;
            }
            if (code == [|530|] || code == [|532|])
            {
                return FetchResult.Unauthorized;
            }
            if (code == [|421|] || code == [|425|] || code == [|426|] || code == [|450|])
            {
                return FetchResult.RetryLater;
            }
            return FetchResult.Failed;
        }

        private static FetchResult ClassifyHttp(HttpWebResponse response)
        {
            int code = (int)response.StatusCode;
            if (code == 404 || code == 410)
            {
                return FetchResult.NotFound;
            }
            if (code == 401 || code == 403)
            {
                return FetchResult.Unauthorized;
            }
            if (code == 502 || code == 503 || code == 504)
            {
                return FetchResult.RetryLater;
            }
            switch (code)
            {
                case 421: // Misdirected Request
                case 425: // Too Early
                case 429:
                    return FetchResult.RetryLater;
                default:
                    return FetchResult.Failed;
            }
        }
    }
}
