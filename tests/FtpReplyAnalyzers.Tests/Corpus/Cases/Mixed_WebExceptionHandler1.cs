// Models a shared WebException handler for a WebRequest-based fetcher that serves both http:// and ftp:// URIs.
using System;
using System.IO;
using System.Net;

namespace Corpus.MixedWebExceptionHandler1
{
    public enum FetchFailure
    {
        None,
        NotFound,
        Unauthorized,
        Busy,
        Other,
    }

    public static class UriFetcher
    {
        public static byte[]? Fetch(Uri uri, ICredentials? credentials, out FetchFailure failure)
        {
            WebRequest request = WebRequest.Create(uri);
            if (credentials != null)
            {
                request.Credentials = credentials;
            }

            request.Timeout = 20000;
            if (request is FtpWebRequest ftp)
            {
                ftp.Method = WebRequestMethods.Ftp.DownloadFile;
                ftp.UseBinary = true;
            }

            try
            {
                using WebResponse response = request.GetResponse();
                using var buffer = new MemoryStream();
                response.GetResponseStream().CopyTo(buffer);
                failure = FetchFailure.None;
                return buffer.ToArray();
            }
            catch (WebException ex)
            {
                failure = Classify(ex);
                return null;
            }
        }

        private static FetchFailure Classify(WebException ex)
        {
            switch (ex.Response)
            {
                case HttpWebResponse http when (int)http.StatusCode == 404 || (int)http.StatusCode == 410:
                    return FetchFailure.NotFound;
                case HttpWebResponse http when (int)http.StatusCode == 401 || http.StatusCode == HttpStatusCode.Forbidden:
                    return FetchFailure.Unauthorized;
                case HttpWebResponse http when (int)http.StatusCode == 503:
                    return FetchFailure.Busy;
                case FtpWebResponse ftp when (int)ftp.StatusCode == [|550|]:
                    return FetchFailure.NotFound;
                case FtpWebResponse ftp when (int)ftp.StatusCode == [|530|] || ftp.StatusCode == FtpStatusCode.AccountNeeded:
                    return FetchFailure.Unauthorized;
                case FtpWebResponse ftp when ftp.StatusCode == (FtpStatusCode)[|421|]:
                    return FetchFailure.Busy;
                default:
                    return FetchFailure.Other;
            }
        }
    }
}
