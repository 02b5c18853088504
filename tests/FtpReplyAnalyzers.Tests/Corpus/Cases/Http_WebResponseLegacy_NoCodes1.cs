// Models legacy HttpWebRequest code that inspects HttpWebResponse status codes, including casts to HttpStatusCode.
using System;
using System.IO;
using System.Net;

namespace Corpus.HttpWebResponseLegacy1
{
    public static class LegacyFeedFetcher
    {
        public static string? Fetch(string url, string? etag)
        {
            var request = (HttpWebRequest)WebRequest.Create(url);
            request.Timeout = 15000;
            request.AllowAutoRedirect = false;
            if (etag != null)
            {
                request.Headers[HttpRequestHeader.IfNoneMatch] = etag;
            }

            try
            {
                using var response = (HttpWebResponse)request.GetResponse();
                switch ((int)response.StatusCode)
                {
                    case 200:
                        using (var reader = new StreamReader(response.GetResponseStream()))
                        {
                            return reader.ReadToEnd();
                        }

                    case 301:
                    case 302:
                        return Fetch(response.Headers[HttpResponseHeader.Location]!, etag);
                    case 304:
                        return null;
                    default:
                        throw new InvalidOperationException("Unexpected status " + response.StatusDescription);
                }
            }
            catch (WebException ex) when (ex.Response is HttpWebResponse error)
            {
                if ((int)error.StatusCode == 404 || error.StatusCode == (HttpStatusCode)410)
                {
                    return null;
                }

                if (error.StatusCode == (HttpStatusCode)451)
                {
                    throw new UnauthorizedAccessException("Unavailable for legal reasons.", ex);
                }

                if ((int)error.StatusCode == 503)
                {
                    throw new IOException("Feed temporarily unavailable.", ex);
                }

                throw;
            }
        }
    }
}
