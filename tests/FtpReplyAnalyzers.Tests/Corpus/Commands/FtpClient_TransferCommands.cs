// Models the transfer layer of a hand-rolled FTP client: preliminary 1yz replies, the final reply read after the data connection closes, ABOR, and file maintenance commands.
// Bugs: DELE polled for a 150 preliminary reply; RNTO handled as if it could send 150/125 (only commands that open a data connection send 1yz replies).
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientTransferCommands1
{
    public sealed class FtpTransferException : IOException
    {
        public FtpTransferException(string message) : base(message) { }
    }

    public sealed class TransferChannel : IDisposable
    {
        private readonly TcpClient _control;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public TransferChannel(TcpClient control)
        {
            _control = control;
            _reader = new StreamReader(control.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(control.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public int LastCode { get; private set; }

        public string LastText { get; private set; } = string.Empty;

        public Func<Stream> OpenDataStream { get; set; } = () => Stream.Null;

        public long Download(string remotePath, Stream target)
        {
            switch (Send("RETR " + remotePath))
            {
                case [|125|]:
                case [|150|]:
                    break;
                case [|450|]:
                case [|550|]:
                    throw new FileNotFoundException(LastText, remotePath);
                case [|425|]:
                    throw new FtpTransferException("server could not open the data connection");
                default:
                    throw new FtpTransferException("RETR: " + LastText);
            }

            long copied;
            using (Stream data = OpenDataStream())
            {
                data.CopyTo(target);
                copied = target.CanSeek ? target.Length : -1;
            }

            if (ReadReply() is not ([|226|] or [|250|]))
            {
                throw new FtpTransferException("transfer failed: " + LastText);
            }

            return copied;
        }

        public void Upload(Stream source, string remotePath, bool append)
        {
            int code = append ? Send("APPE " + remotePath) : Send("STOR " + remotePath);
            if (code is not ([|125|] or [|150|]))
            {
                throw new FtpTransferException((append ? "APPE: " : "STOR: ") + LastText);
            }

            using (Stream data = OpenDataStream())
            {
                source.CopyTo(data);
            }

            switch (ReadReply())
            {
                case [|226|]:
                case [|250|]:
                    return;
                case [|451|]:
                case [|552|]:
                    throw new FtpTransferException("server failed to store the file: " + LastText);
                default:
                    throw new FtpTransferException("upload failed: " + LastText);
            }
        }

        public string UploadUnique(Stream source)
        {
            switch (Send("STOU"))
            {
                case [|125|]:
                case [|150|]:
                case [|250|]:
                    break;
                case [|452|]:
                case [|553|]:
                case [|532|]:
                    throw new FtpTransferException("STOU refused: " + LastText);
                default:
                    throw new FtpTransferException("STOU: " + LastText);
            }

            string name = LastText.Contains("FILE:", StringComparison.Ordinal) ? LastText.Substring(LastText.IndexOf("FILE:", StringComparison.Ordinal) + 5).Trim() : LastText;
            using (Stream data = OpenDataStream())
            {
                source.CopyTo(data);
            }

            ReadReply();
            return name;
        }

        public string List(string path)
        {
            int code = Send("LIST " + path);
            if (code == [|450|] || code == [|550|])
            {
                return string.Empty;
            }

            if (code != [|125|] && code != [|150|])
            {
                throw new FtpTransferException("LIST: " + LastText);
            }

            using var data = new StreamReader(OpenDataStream(), Encoding.UTF8);
            string listing = data.ReadToEnd();
            ReadReply();
            return listing;
        }

        public void Abort()
        {
            if (Send("ABOR") == [|426|])
            {
                ReadReply();
            }

            if (LastCode != [|226|] && LastCode != [|225|])
            {
                throw new FtpTransferException("ABOR not acknowledged: " + LastText);
            }
        }

        public void Delete(string remotePath)
        {
            if (Send("DELE " + remotePath) == [|150|]) // FTP0004: 150 DELE
            {
                ReadReply();
            }

            if (LastCode != [|250|])
            {
                throw new FtpTransferException("DELE: " + LastText);
            }
        }

        public void Move(string from, string to)
        {
            if (Send("RNFR " + from) != [|350|])
            {
                throw new FtpTransferException("RNFR: " + LastText);
            }

            switch (Send("RNTO " + to))
            {
                case [|150|]: // FTP0004: 150 RNTO
                case [|125|]: // FTP0004: 125 RNTO
                    if (ReadReply() != [|250|])
                    {
                        throw new FtpTransferException("RNTO: " + LastText);
                    }

                    break;
                case [|250|]:
                    break;
                case [|503|]:
                case [|553|]:
                    throw new FtpTransferException("rename refused: " + LastText);
                default:
                    throw new FtpTransferException("RNTO: " + LastText);
            }
        }

        public void Dispose() => _control.Dispose();

        private int Send(string command)
        {
            _writer.WriteLine(command);
            return ReadReply();
        }

        private int ReadReply()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            while (line.Length > 3 && line[3] == '-')
            {
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
            }

            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            LastCode = int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            return LastCode;
        }
    }
}
