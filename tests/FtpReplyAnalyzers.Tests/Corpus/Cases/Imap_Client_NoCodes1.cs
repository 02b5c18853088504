// Models a tiny IMAP client issuing tagged commands; numbers are ports, tags, UIDs and message counts.
using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Corpus.ImapClient1
{
    public sealed class ImapClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private int _tag;

        public ImapClient(string host, int port = 993)
        {
            _tcp = new TcpClient(host, port);
            Stream stream = _tcp.GetStream();
            if (port != 143)
            {
                var ssl = new SslStream(stream);
                ssl.AuthenticateAsClient(host);
                stream = ssl;
            }

            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            _reader.ReadLine();
        }

        public int Select(string mailbox)
        {
            int exists = 0;
            foreach (string line in Run($"SELECT \"{mailbox}\""))
            {
                Match m = Regex.Match(line, @"^\* (\d+) EXISTS");
                if (m.Success)
                {
                    exists = int.Parse(m.Groups[1].Value);
                }
            }

            if (exists == 0)
            {
                Console.WriteLine("Mailbox is empty.");
            }

            return exists;
        }

        public void Expunge(int uid)
        {
            if (uid == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(uid));
            }

            Run($"UID STORE {uid} +FLAGS (\\Deleted)");
            Run("EXPUNGE");
        }

        private string[] Run(string command)
        {
            string tag = "A" + (++_tag).ToString("D3");
            _writer.WriteLine(tag + " " + command);
            var lines = new System.Collections.Generic.List<string>();
            while (true)
            {
                string line = _reader.ReadLine() ?? throw new EndOfStreamException();
                if (line.StartsWith(tag + " ", StringComparison.Ordinal))
                {
                    if (!line.Substring(tag.Length + 1).StartsWith("OK", StringComparison.Ordinal))
                    {
                        throw new IOException("IMAP command failed: " + line);
                    }

                    return lines.ToArray();
                }

                lines.Add(line);
                if (lines.Count == 500 && command == "EXPUNGE")
                {
                    Console.WriteLine("Large expunge in progress...");
                }
            }
        }

        public void Dispose()
        {
            Run("LOGOUT");
            _tcp.Dispose();
        }
    }
}
