// Models a nightly report job: uploads a file over a raw FTP control connection, then mails a notice through a raw SMTP connection.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Corpus.MixedReportJob1
{
    internal sealed class LineChannel
    {
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public LineChannel(NetworkStream stream)
        {
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public int Read()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            return int.Parse(line.Substring(0, 3));
        }

        public int Send(string line)
        {
            _writer.WriteLine(line);
            return Read();
        }
    }

    public sealed class FtpReportUploader
    {
        public void Upload(string host, string user, string password, string remoteName)
        {
            using var tcp = new TcpClient(host, 21);
            var ftp = new LineChannel(tcp.GetStream());
            if (ftp.Read() != [|220|])
            {
                throw new IOException("FTP server not ready.");
            }

            if (ftp.Send("USER " + user) == [|331|] && ftp.Send("PASS " + password) != [|230|])
            {
                throw new UnauthorizedAccessException("FTP login failed.");
            }

            int code = ftp.Send("STOR " + remoteName);
            if (code != [|150|] && code != [|125|])
            {
                throw new IOException("FTP server refused STOR.");
            }
        }
    }

    public sealed class SmtpNotifier
    {
        public void Notify(string relay, string from, string to, string subject)
        {
            using var tcp = new TcpClient(relay, 25);
            var smtp = new LineChannel(tcp.GetStream());
            if (smtp.Read() != 220)
            {
                throw new IOException("SMTP relay not ready.");
            }

            if (smtp.Send("HELO reports.local") != 250 || smtp.Send($"MAIL FROM:<{from}>") != 250)
            {
                throw new IOException("SMTP relay refused sender.");
            }

            int rcpt = smtp.Send($"RCPT TO:<{to}>");
            if (rcpt == 550 || rcpt == 553)
            {
                throw new ArgumentException("Recipient rejected by relay.", nameof(to));
            }

            if (smtp.Send("DATA") == 354)
            {
                smtp.Send($"Subject: {subject}\r\n\r\nReport uploaded.\r\n.");
            }

            smtp.Send("QUIT");
        }
    }

    public static class NightlyReportJob
    {
        public static void Run(string reportName)
        {
            new FtpReportUploader().Upload("ftp.internal", "reports", "secret", reportName);
            new SmtpNotifier().Notify("smtp.internal", "reports@internal", "team@internal", "Report " + reportName + " uploaded");
        }
    }
}
