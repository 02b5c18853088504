// Models a minimal POP3 client (+OK/-ERR protocol) with ports 110/995, message counts and sizes.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Corpus.Pop3Client1
{
    public sealed class Pop3Client : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public Pop3Client(string host, int port = 110)
        {
            _tcp = new TcpClient(host, port);
            Stream stream = _tcp.GetStream();
            if (port == 995)
            {
                var ssl = new SslStream(stream);
                ssl.AuthenticateAsClient(host);
                stream = ssl;
            }

            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            Expect(_reader.ReadLine());
        }

        public void Login(string user, string password)
        {
            Expect(Send("USER " + user));
            Expect(Send("PASS " + password));
        }

        public (int Count, long Size) Stat()
        {
            string[] parts = Expect(Send("STAT")).Split(' ');
            return (int.Parse(parts[1]), long.Parse(parts[2]));
        }

        public IList<string> Retrieve(int messageNumber)
        {
            Expect(Send("RETR " + messageNumber));
            var lines = new List<string>();
            string? line;
            while ((line = _reader.ReadLine()) != null && line != ".")
            {
                lines.Add(line.StartsWith("..", StringComparison.Ordinal) ? line.Substring(1) : line);
                if (lines.Count == 250000)
                {
                    throw new InvalidDataException("Message too long.");
                }
            }

            return lines;
        }

        public void DeleteAll()
        {
            (int count, _) = Stat();
            for (int i = 1; i <= count; i++)
            {
                Expect(Send("DELE " + i));
            }
        }

        private string? Send(string command)
        {
            _writer.WriteLine(command);
            return _reader.ReadLine();
        }

        private static string Expect(string? line)
        {
            if (line == null || !line.StartsWith("+OK", StringComparison.Ordinal))
            {
                throw new IOException("POP3 error: " + line);
            }

            return line;
        }

        public void Dispose()
        {
            Send("QUIT");
            _tcp.Dispose();
        }
    }
}
