// Models directory listing via FtpWebRequest, switching on the numeric FtpWebResponse status.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;

namespace Corpus.FtpWebRequestListing1
{
    public class FtpDirectoryLister
    {
        private readonly ICredentials _credentials;

        public FtpDirectoryLister(ICredentials credentials) => _credentials = credentials;

        public IReadOnlyList<string> List(Uri directory)
        {
            var request = (FtpWebRequest)WebRequest.Create(directory);
            request.Method = WebRequestMethods.Ftp.ListDirectory;
            request.Credentials = _credentials;

            var names = new List<string>();
            FtpWebResponse response;
            try
            {
                response = (FtpWebResponse)request.GetResponse();
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse error)
            {
                switch ((int)error.StatusCode)
                {
                    case [|550|]:
                        return names;
                    case [|530|]:
                    case [|532|]:
                        throw new UnauthorizedAccessException(error.StatusDescription, ex);
                    default:
                        throw;
                }
            }

            using (response)
            using (var reader = new StreamReader(response.GetResponseStream()))
            {
                string? line;
                while ((line = reader.ReadLine()) != null)
                {
                    if (line.Length > 0)
                    {
                        names.Add(line);
                    }
                }

                switch (response.StatusCode)
                {
                    case (FtpStatusCode)[|226|]:
                    case FtpStatusCode.FileActionOK:
                        break;
                    default:
                        throw new IOException("Listing ended with " + response.StatusDescription);
                }
            }

            return names;
        }
    }
}
