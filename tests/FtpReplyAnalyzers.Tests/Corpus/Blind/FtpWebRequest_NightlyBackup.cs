// Models a nightly backup job that mirrors a local folder to an FTP server with FtpWebRequest, catch/when filters and status casts.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Net;
using System.Threading;

namespace Blind.FtpBackupJob1
{
    public sealed class BackupOptions
    {
        public string ServerUri { get; set; } = "ftp://backup.example.local:21/nightly";
        public string SourceFolder { get; set; } = @"D:\Data";
        public NetworkCredential Credentials { get; set; } = new NetworkCredential("backup", "secret");
        public int MaxAttempts { get; set; } = 3;
        public bool UsePassive { get; set; } = true;
    }

    public sealed class BackupReport
    {
        public int Uploaded { get; set; }
        public int Skipped { get; set; }
        public int Locked { get; set; }
        public List<string> Errors { get; } = new List<string>();
    }

    public sealed class FtpBackupJob
    {
        private const int ErrorAccessDenied = 5;
        private readonly BackupOptions _options;

        public FtpBackupJob(BackupOptions options)
        {
            _options = options;
        }

        private FtpWebRequest Create(string relative, string method)
        {
            var request = (FtpWebRequest)WebRequest.Create(_options.ServerUri.TrimEnd('/') + "/" + relative.Replace('\\', '/'));
            request.Method = method;
            request.Credentials = _options.Credentials;
            request.UsePassive = _options.UsePassive;
            request.UseBinary = true;
            request.KeepAlive = false;
            request.Timeout = 30000;
            request.ReadWriteTimeout = 300000;
            return request;
        }

        public BackupReport Run()
        {
            var report = new BackupReport();
            foreach (var file in Directory.EnumerateFiles(_options.SourceFolder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(_options.SourceFolder, file);
                EnsureDirectory(Path.GetDirectoryName(relative) ?? string.Empty);

                var local = new FileInfo(file);
                var remoteSize = GetRemoteSize(relative);
                if (remoteSize == local.Length)
                {
                    report.Skipped++;
                    continue;
                }

                UploadWithRetry(local, relative, report);
            }

            return report;
        }

        private long GetRemoteSize(string relative)
        {
            var request = Create(relative, WebRequestMethods.Ftp.GetFileSize);
            try
            {
                using var response = (FtpWebResponse)request.GetResponse();
                if (response.StatusCode == (FtpStatusCode)[|213|])
                {
                    return response.ContentLength;
                }

                return -1;
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse r && r.StatusCode == (FtpStatusCode)[|550|])
            {
                // not on the server yet
                return -1;
            }
        }

        private void EnsureDirectory(string relativeDirectory)
        {
            if (relativeDirectory.Length == 0)
            {
                return;
            }

            var path = string.Empty;
            foreach (var part in relativeDirectory.Split(Path.DirectorySeparatorChar))
            {
                path = path.Length == 0 ? part : path + "/" + part;
                var request = Create(path, WebRequestMethods.Ftp.MakeDirectory);
                try
                {
                    using var response = (FtpWebResponse)request.GetResponse();
                }
                catch (WebException ex)
                {
                    var response = ex.Response as FtpWebResponse;
                    if (response == null || (int)response.StatusCode != [|550|])
                    {
                        throw;
                    }

                    // 550 on MKD: the directory already exists, which is fine for a mirror
                    response.Close();
                }
            }
        }

        private void UploadWithRetry(FileInfo local, string relative, BackupReport report)
        {
            for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
            {
                try
                {
                    Upload(local, relative);
                    report.Uploaded++;
                    return;
                }
                catch (IOException ex) when ((ex.HResult & 0xFFFF) == 32 || (ex.HResult & 0xFFFF) == 33)
                {
                    // sharing or lock violation: the application still has the file open
                    report.Locked++;
                    return;
                }
                catch (Win32Exception ex) when (ex.NativeErrorCode == ErrorAccessDenied)
                {
                    report.Errors.Add(local.FullName + ": access denied");
                    return;
                }
                catch (WebException ex) when (ex.Response is FtpWebResponse response)
                {
                    var status = response.StatusCode;
                    response.Close();

                    if (status == (FtpStatusCode)[|552|] || (int)status == [|452|])
                    {
                        report.Errors.Add(relative + ": server is out of space");
                        return;
                    }

                    if (status == FtpStatusCode.ActionNotTakenFilenameNotAllowed)
                    {
                        report.Errors.Add(relative + ": file name rejected by server");
                        return;
                    }

                    if ((int)status == [|421|] || (int)status == [|425|] || (int)status == [|426|])
                    {
                        if (attempt == _options.MaxAttempts)
                        {
                            report.Errors.Add(relative + ": gave up after " + attempt + " attempts");
                            return;
                        }

                        Thread.Sleep(500 * attempt);
                        continue;
                    }

                    report.Errors.Add(relative + ": " + response.StatusDescription);
                    return;
                }
                catch (WebException ex) when (ex.Status == WebExceptionStatus.Timeout)
                {
                    Thread.Sleep(TimeSpan.FromSeconds(5));
                }
            }
        }

        private void Upload(FileInfo local, string relative)
        {
            var request = Create(relative, WebRequestMethods.Ftp.UploadFile);
            request.ContentLength = local.Length;
            using (var source = local.Open(FileMode.Open, FileAccess.Read, FileShare.Read))
            using (var target = request.GetRequestStream())
            {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    target.Write(buffer, 0, read);
                }
            }

            using var response = (FtpWebResponse)request.GetResponse();
            if (response.StatusCode != FtpStatusCode.ClosingData && (int)response.StatusCode != [|250|])
            {
                throw new IOException("Unexpected completion: " + response.StatusDescription);
            }
        }
    }
}
