// Models file-management commands (RNFR/RNTO, DELE, MKD, RMD, CWD) of a legacy hand-written FTP client.
using System;
using System.IO;

namespace Corpus.FileOperations1
{
    public abstract class FtpConnectionBase
    {
        protected abstract int SendCommand(string command);

        protected string LastMessage { get; set; } = string.Empty;
    }

    public class FtpFileOperations : FtpConnectionBase
    {
        private readonly Func<string, (int, string)> _transport;

        public FtpFileOperations(Func<string, (int, string)> transport)
        {
            _transport = transport;
        }

        protected override int SendCommand(string command)
        {
            (int code, string text) = _transport(command);
            LastMessage = text;
            return code;
        }

        public void Rename(string from, string to)
        {
            int code = SendCommand("RNFR " + from);
            if (code != [|350|])
            {
                throw new IOException("RNFR rejected: " + LastMessage);
            }

            code = SendCommand("RNTO " + to);
            if ([|250|] != code)
            {
                throw new IOException("RNTO rejected: " + LastMessage);
            }
        }

        public bool Delete(string path)
        {
            int code = SendCommand("DELE " + path);
            if (code.Equals([|550|]))
            {
                return false;
            }

            return code == [|250|];
        }

        public void MakeDirectory(string path)
        {
            int code = SendCommand("MKD " + path);
            if (code == [|257|] || code == [|521|])
            {
                // 521: directory already exists, nothing to do
                return;
            }

            if ([|550|] == code || code == [|553|])
            {
                throw new UnauthorizedAccessException("Cannot create " + path + ": " + LastMessage);
            }

            throw new IOException("MKD failed: " + LastMessage);
        }

        public void RemoveDirectory(string path)
        {
            int code = SendCommand("RMD " + path);
            if (!code.Equals([|250|]))
            {
                throw new IOException("RMD failed: " + LastMessage);
            }
        }

        public bool TryChangeDirectory(string path)
        {
            return SendCommand("CWD " + path) == [|250|];
        }
    }
}
