// Models an FtpWebRequest upload with progress reporting; compares only FtpStatusCode members, buffers and percentages.
using System;
using System.IO;
using System.Net;

namespace Corpus.FtpWebRequestUpload1
{
    public sealed class FtpUploadProgress
    {
        public long BytesSent { get; set; }
        public long TotalBytes { get; set; }
        public int Percent => TotalBytes == 0 ? 100 : (int)(BytesSent * 100 / TotalBytes);
    }

    public static class FtpUploader
    {
        public static FtpStatusCode Upload(string localPath, Uri target, ICredentials credentials, Action<FtpUploadProgress>? onProgress = null)
        {
            var request = (FtpWebRequest)WebRequest.Create(target);
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = credentials;
            request.UsePassive = true;
            request.KeepAlive = false;
            request.ReadWriteTimeout = 500;
            request.Timeout = 250 * 120;

            var progress = new FtpUploadProgress { TotalBytes = new FileInfo(localPath).Length };
            request.ContentLength = progress.TotalBytes;

            byte[] buffer = new byte[4096];
            using (FileStream source = File.OpenRead(localPath))
            using (Stream destination = request.GetRequestStream())
            {
                int lastReported = -1;
                int read;
                while ((read = source.Read(buffer, 0, buffer.Length)) != 0)
                {
                    destination.Write(buffer, 0, read);
                    progress.BytesSent += read;
                    if (progress.Percent != lastReported && (progress.Percent % 25 == 0 || progress.Percent == 100))
                    {
                        lastReported = progress.Percent;
                        onProgress?.Invoke(progress);
                    }
                }
            }

            using var response = (FtpWebResponse)request.GetResponse();
            if (response.StatusCode == FtpStatusCode.ClosingData || response.StatusCode == FtpStatusCode.FileActionOK)
            {
                return response.StatusCode;
            }

            if (response.StatusCode == FtpStatusCode.ActionNotTakenInsufficientSpace)
            {
                throw new IOException("Server out of space: " + response.StatusDescription);
            }

            return response.StatusCode;
        }
    }
}
