// Models recursive remote directory creation with FtpWebRequest, tolerating "already exists" failures.
using System;
using System.Net;

namespace Corpus.FtpWebRequestMkdir1
{
    public static class FtpDirectoryMaker
    {
        public static void EnsurePath(Uri server, string path, ICredentials credentials)
        {
            string current = string.Empty;
            foreach (string segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                current += "/" + segment;
                var request = (FtpWebRequest)WebRequest.Create(new Uri(server, current));
                request.Method = WebRequestMethods.Ftp.MakeDirectory;
                request.Credentials = credentials;
                request.KeepAlive = true;

                try
                {
                    using var response = (FtpWebResponse)request.GetResponse();
                    if (response.StatusCode != (FtpStatusCode)[|257|])
                    {
                        Console.WriteLine($"MKD {current}: {response.StatusDescription}");
                    }
                }
                catch (WebException ex)
                {
                    var response = ex.Response as FtpWebResponse;
                    if (response == null)
                    {
                        throw;
                    }

                    int code = (int)response.StatusCode;
                    if (code == [|550|] || code == [|521|])
                    {
                        // most servers answer 550 when the directory already exists
                        continue;
                    }

                    throw new InvalidOperationException($"Cannot create {current} ({code}).", ex);
                }
            }
        }
    }
}
