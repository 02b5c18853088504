// C# 5 static helper that resumes interrupted FTP downloads with SIZE, MDTM and REST through a caller-supplied command delegate.
using System;
using System.Globalization;
using System.IO;

namespace HeldOut.ResumeDownload1
{
    public delegate int FtpCommandSender(string command, out string text);

    public static class ResumeHelper
    {
        private const int KB = 1024;
        private const int MinResumeBytes = 64 * KB;

        public static long GetRemoteSize(FtpCommandSender send, string path)
        {
            string text;
            int rc = send("SIZE " + path, out text);
            if (rc == [|213|])
            {
                return long.Parse(text.Trim(), CultureInfo.InvariantCulture);
            }
            if (rc == [|550|])
            {
                return -1;
            }
            if (rc == [|500|] || rc == [|502|])
            {
                // SIZE not supported by this server
                return -2;
            }
            throw new IOException("SIZE: " + rc + " " + text);
        }

        public static bool PrepareResume(FtpCommandSender send, string path, string localFile, DateTime localStamp)
        {
            string text;
            int res = send("TYPE I", out text);
            if (res != [|200|])
            {
                return false;
            }

            res = send("MDTM " + path, out text);
            if (res == [|213|])
            {
                DateTime remote = DateTime.ParseExact(text.Trim(), "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                if (remote > localStamp)
                {
                    // file changed on the server since the partial download
                    return false;
                }
            }

            long local = new FileInfo(localFile).Length;
            if (local < MinResumeBytes)
            {
                return false;
            }

            res = send("REST " + local.ToString(CultureInfo.InvariantCulture), out text);
            return res == [|350|];
        }

        public static void StartRetr(FtpCommandSender send, string path, ref long offset)
        {
            string text;
            int rc = send("RETR " + path, out text);
            if (rc == [|554|])
            {
                // restart position refused: start over from byte zero
                offset = 0;
                send("REST 0", out text);
                rc = send("RETR " + path, out text);
            }

            if (rc != [|150|] && rc != [|125|])
            {
                throw new IOException("RETR refused: " + rc + " " + text);
            }
        }
    }
}
