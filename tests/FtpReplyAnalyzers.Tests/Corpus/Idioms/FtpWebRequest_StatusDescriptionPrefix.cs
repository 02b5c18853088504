// Models a legacy FtpWebRequest uploader that inspects StatusDescription, BannerMessage and ExitMessage text by prefix.
using System;
using System.IO;
using System.Net;
using System.Text;

namespace Idioms.FtpWebRequestStatusDescriptionPrefix1
{
#pragma warning disable SYSLIB0014 // WebRequest is obsolete; this models legacy code
    public sealed class LegacyFtpUploader
    {
        private readonly NetworkCredential _credentials;
        private readonly StringBuilder _transcript = new StringBuilder();

        public LegacyFtpUploader(string user, string password) => _credentials = new NetworkCredential(user, password);

        public string Transcript => _transcript.ToString();

        public bool Upload(Uri target, string localPath)
        {
            var request = (FtpWebRequest)WebRequest.Create(target);
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = _credentials;
            request.UseBinary = true;
            request.Timeout = 60000;
            request.ReadWriteTimeout = 300000;

            try
            {
                using (Stream upload = request.GetRequestStream())
                using (FileStream source = File.OpenRead(localPath))
                {
                    source.CopyTo(upload, 65536);
                }

                using var response = (FtpWebResponse)request.GetResponse();
                if (response.BannerMessage != null && !response.BannerMessage.StartsWith("[|220|]"))
                {
                    _transcript.AppendLine("odd banner: " + response.BannerMessage);
                }

                if (response.WelcomeMessage?.StartsWith("[|230|]") == true)
                {
                    _transcript.AppendLine(response.WelcomeMessage.Trim());
                }

                bool done = response.StatusDescription?.StartsWith("[|226|]") == true
                    || response.StatusDescription?.StartsWith("[|250|]", StringComparison.Ordinal) == true;
                if (response.ExitMessage != null && !response.ExitMessage.StartsWith("[|221|]"))
                {
                    _transcript.AppendLine("server did not close cleanly: " + response.ExitMessage);
                }

                return done;
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse failed)
            {
                string description = failed.StatusDescription ?? string.Empty;
                _transcript.AppendLine(description.Trim());

                if (description.StartsWith("[|553|]") || description.StartsWith("[|550|]"))
                {
                    _transcript.AppendLine("target folder missing or name refused: " + target.AbsolutePath);
                    return false;
                }

                if (description.StartsWith("[|552|]") || description.StartsWith("[|452|]"))
                {
                    throw new IOException("remote storage full", ex);
                }

                if ((int)failed.StatusCode == [|530|])
                {
                    throw new UnauthorizedAccessException("FTP login rejected", ex);
                }

                throw;
            }
        }
    }
#pragma warning restore SYSLIB0014
}
