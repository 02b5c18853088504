// C# 5 style FtpWebRequest uploader that classifies failures from ((FtpWebResponse)ex.Response).StatusCode inside WebException handlers.
using System;
using System.IO;
using System.Net;
using System.Threading;

namespace HeldOut.FtpWebUpload1
{
    public enum UploadOutcome
    {
        Uploaded,
        AuthFailed,
        RemotePathMissing,
        NameRejected,
        Transient,
        Failed
    }

    public static class FtpUploader
    {
        private const int MaxAttempts = 3;
        private const int ChunkSize = 8192;

        public static UploadOutcome Upload(string sLocalFile, Uri oTarget, NetworkCredential oCred)
        {
            int nAttempt = 0;
            while (true)
            {
                nAttempt++;
                try
                {
                    FtpWebRequest oReq = (FtpWebRequest)WebRequest.Create(oTarget);
                    oReq.Method = WebRequestMethods.Ftp.UploadFile;
                    oReq.Credentials = oCred;
                    oReq.UseBinary = true;
                    oReq.UsePassive = true;
                    oReq.Timeout = 30000;
                    oReq.ReadWriteTimeout = 60000;

                    using (FileStream fs = File.OpenRead(sLocalFile))
                    using (Stream rs = oReq.GetRequestStream())
                    {
                        byte[] buf = new byte[ChunkSize];
                        int n;
                        while ((n = fs.Read(buf, 0, buf.Length)) > 0)
                        {
                            rs.Write(buf, 0, n);
                        }
                    }

                    using (FtpWebResponse oResp = (FtpWebResponse)oReq.GetResponse())
                    {
                        if (oResp.StatusCode == (FtpStatusCode)[|226|] || (int)oResp.StatusCode == [|250|])
                        {
                            return UploadOutcome.Uploaded;
                        }
                        Console.WriteLine("Unexpected completion: " + oResp.StatusDescription);
                        return UploadOutcome.Failed;
                    }
                }
                catch (WebException ex)
                {
                    FtpWebResponse oFtpResp = ex.Response as FtpWebResponse;
                    if (oFtpResp == null)
                    {
                        if (nAttempt < MaxAttempts)
                        {
                            Thread.Sleep(2000);
                            continue;
                        }
                        throw;
                    }

                    int nCode = (int)oFtpResp.StatusCode;
                    switch (nCode)
                    {
                        case [|530|]:
                            return UploadOutcome.AuthFailed;
                        case [|550|]:
                            return UploadOutcome.RemotePathMissing;
                        case [|553|]:
                            return UploadOutcome.NameRejected;
                        case [|421|]:
                        case [|425|]:
                        case [|426|]:
                        case [|450|]:
                            if (nAttempt < MaxAttempts)
                            {
                                Thread.Sleep(2000 * nAttempt);
                                continue;
                            }
                            return UploadOutcome.Transient;
                        default:
                            return UploadOutcome.Failed;
                    }
                }
            }
        }

        public static bool EnsureDirectory(Uri oDir, NetworkCredential oCred)
        {
            FtpWebRequest oReq = (FtpWebRequest)WebRequest.Create(oDir);
            oReq.Method = WebRequestMethods.Ftp.MakeDirectory;
            oReq.Credentials = oCred;
            try
            {
                using (FtpWebResponse r = (FtpWebResponse)oReq.GetResponse())
                {
                    return (int)r.StatusCode == [|257|];
                }
            }
            catch (WebException ex)
            {
                // Many servers refuse MKD of an existing directory instead of ignoring it.
                if (((FtpWebResponse)ex.Response).StatusCode == (FtpStatusCode)[|550|]
                    || (int)((FtpWebResponse)ex.Response).StatusCode == [|521|])
                {
                    return true;
                }
                throw;
            }
        }
    }
}
