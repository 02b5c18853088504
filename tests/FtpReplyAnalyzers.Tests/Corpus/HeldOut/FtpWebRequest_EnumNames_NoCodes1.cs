// C# 5 style FtpWebRequest directory sync that compares against FtpStatusCode enum members only, with timeouts, buffers and retry counts.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;

namespace HeldOut.FtpWebEnumNames1
{
    public class FtpDirectorySync
    {
        private const int BufferSize = 2048;
        private const int MaxRetries = 3;
        private readonly NetworkCredential m_oCredential;
        private readonly Uri m_oBase;

        public FtpDirectorySync(string sHost, NetworkCredential oCredential)
        {
            UriBuilder oBuilder = new UriBuilder("ftp", sHost, 2121);
            m_oBase = oBuilder.Uri;
            m_oCredential = oCredential;
        }

        public List<string> ListNames(string sPath)
        {
            List<string> lstNames = new List<string>();
            FtpWebRequest oReq = Create(sPath, WebRequestMethods.Ftp.ListDirectory);
            using (FtpWebResponse oResp = (FtpWebResponse)oReq.GetResponse())
            using (StreamReader oReader = new StreamReader(oResp.GetResponseStream()))
            {
                string sLine;
                while ((sLine = oReader.ReadLine()) != null)
                {
                    lstNames.Add(sLine);
                }

                if (oResp.StatusCode != FtpStatusCode.ClosingData && oResp.StatusCode != FtpStatusCode.FileActionOK)
                {
                    Console.WriteLine("listing ended with " + oResp.StatusDescription);
                }
            }
            return lstNames;
        }

        public bool Download(string sRemote, string sLocal)
        {
            for (int i = 0; i < MaxRetries; i++)
            {
                try
                {
                    FtpWebRequest oReq = Create(sRemote, WebRequestMethods.Ftp.DownloadFile);
                    using (FtpWebResponse oResp = (FtpWebResponse)oReq.GetResponse())
                    using (Stream oIn = oResp.GetResponseStream())
                    using (FileStream oOut = File.Create(sLocal, BufferSize))
                    {
                        byte[] aBuf = new byte[BufferSize];
                        int nRead;
                        while ((nRead = oIn.Read(aBuf, 0, aBuf.Length)) > 0)
                        {
                            oOut.Write(aBuf, 0, nRead);
                        }
                    }
                    return true;
                }
                catch (WebException ex)
                {
                    FtpWebResponse oResp = ex.Response as FtpWebResponse;
                    if (oResp == null)
                    {
                        Thread.Sleep(500);
                        continue;
                    }

                    switch (oResp.StatusCode)
                    {
                        case FtpStatusCode.ActionNotTakenFileUnavailable:
                            return false;
                        case FtpStatusCode.NotLoggedIn:
                            throw new UnauthorizedAccessException(oResp.StatusDescription);
                        case FtpStatusCode.ServiceNotAvailable:
                        case FtpStatusCode.CantOpenData:
                        case FtpStatusCode.ConnectionClosed:
                            Thread.Sleep(1000 * (i + 1));
                            break;
                        default:
                            throw;
                    }
                }
            }
            return false;
        }

        private FtpWebRequest Create(string sPath, string sMethod)
        {
            FtpWebRequest oReq = (FtpWebRequest)WebRequest.Create(new Uri(m_oBase, sPath));
            oReq.Method = sMethod;
            oReq.Credentials = m_oCredential;
            oReq.Timeout = 15000;
            oReq.ReadWriteTimeout = 300000;
            oReq.UsePassive = true;
            oReq.KeepAlive = true;
            return oReq;
        }
    }
}
