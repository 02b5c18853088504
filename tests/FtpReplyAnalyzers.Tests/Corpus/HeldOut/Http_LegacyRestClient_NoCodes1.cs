// C# 5 style REST client on HttpWebRequest that switches on HttpWebResponse status codes inside WebException handlers.
using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;

namespace HeldOut.LegacyRestClient1
{
    public class ApiException : Exception
    {
        private readonly int m_nStatus;

        public ApiException(int nStatus, string sMessage)
            : base(sMessage)
        {
            m_nStatus = nStatus;
        }

        public int Status
        {
            get { return m_nStatus; }
        }
    }

    public class LegacyRestClient
    {
        private const int MAX_RETRIES = 3;
        private readonly string m_sBaseUrl;

        public LegacyRestClient(string sBaseUrl)
        {
            m_sBaseUrl = sBaseUrl;
        }

        public string Get(string sPath)
        {
            int nTry = 0;
            while (true)
            {
                nTry++;
                HttpWebRequest oReq = (HttpWebRequest)WebRequest.Create(m_sBaseUrl + sPath);
                oReq.Method = "GET";
                oReq.Timeout = 15000;
                oReq.Accept = "application/json";
                try
                {
                    using (HttpWebResponse oResp = (HttpWebResponse)oReq.GetResponse())
                    using (StreamReader oReader = new StreamReader(oResp.GetResponseStream(), Encoding.UTF8))
                    {
                        if ((int)oResp.StatusCode == 204)
                        {
                            return string.Empty;
                        }
                        return oReader.ReadToEnd();
                    }
                }
                catch (WebException ex)
                {
                    HttpWebResponse oResp = ex.Response as HttpWebResponse;
                    if (oResp == null)
                    {
                        throw;
                    }

                    int nStatus = (int)oResp.StatusCode;
                    switch (nStatus)
                    {
                        case 400:
                            throw new ApiException(nStatus, "Bad request");
                        case 401:
                        case 403:
                            throw new ApiException(nStatus, "Not authorised");
                        case 404:
                            return null;
                        case 451:
                            throw new ApiException(nStatus, "Unavailable for legal reasons");
                        case 500:
                        case 502:
                        case 503:
                            if (nTry < MAX_RETRIES)
                            {
                                Thread.Sleep(500 * nTry);
                                continue;
                            }
                            throw new ApiException(nStatus, "Server error");
                        case 501:
                            throw new ApiException(nStatus, "Not implemented by this API version");
                        default:
                            throw new ApiException(nStatus, oResp.StatusDescription);
                    }
                }
            }
        }

        public bool Exists(string sPath)
        {
            HttpWebRequest oReq = (HttpWebRequest)WebRequest.Create(m_sBaseUrl + sPath);
            oReq.Method = "HEAD";
            try
            {
                using (HttpWebResponse oResp = (HttpWebResponse)oReq.GetResponse())
                {
                    return oResp.StatusCode == HttpStatusCode.OK;
                }
            }
            catch (WebException ex)
            {
                HttpWebResponse oResp = (HttpWebResponse)ex.Response;
                if (oResp != null && oResp.StatusCode == (HttpStatusCode)404)
                {
                    return false;
                }
                throw;
            }
        }
    }
}
