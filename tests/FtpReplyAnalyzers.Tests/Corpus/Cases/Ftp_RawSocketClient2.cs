// Models a raw-socket FTP client downloading a file through a passive (PASV/EPSV) data connection.
using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Corpus.RawSocketClient2
{
    public class PassiveDownloader
    {
        private readonly StreamReader _control;
        private readonly StreamWriter _commands;
        private readonly string _host;

        public PassiveDownloader(Stream controlStream, string host)
        {
            _control = new StreamReader(controlStream, Encoding.ASCII);
            _commands = new StreamWriter(controlStream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            _host = host;
        }

        private (int Code, string Text) Command(string cmd)
        {
            _commands.WriteLine(cmd);
            string line = _control.ReadLine() ?? throw new IOException("control connection closed");
            return (int.Parse(line.Substring(0, 3)), line.Length > 4 ? line.Substring(4) : string.Empty);
        }

        private IPEndPoint OpenPassive()
        {
            var (code, text) = Command("EPSV");
            if (code == [|229|])
            {
                // 229 text ends with (|||port|)
                var m = Regex.Match(text, @"\(\|\|\|(\d+)\|\)");
                return new IPEndPoint(Dns.GetHostAddresses(_host)[0], int.Parse(m.Groups[1].Value));
            }

            (code, text) = Command("PASV");
            if (code != [|227|])
            {
                throw new IOException("Passive mode refused: " + text);
            }

            var pasv = Regex.Match(text, @"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)");
            string ip = string.Join(".", pasv.Groups[1].Value, pasv.Groups[2].Value, pasv.Groups[3].Value, pasv.Groups[4].Value);
            int port = int.Parse(pasv.Groups[5].Value) * 256 + int.Parse(pasv.Groups[6].Value);
            return new IPEndPoint(IPAddress.Parse(ip), port);
        }

        public long Download(string remotePath, Stream destination)
        {
            IPEndPoint dataEndPoint = OpenPassive();
            using var data = new TcpClient();
            data.Connect(dataEndPoint);

            var (code, text) = Command("RETR " + remotePath);
            switch (code)
            {
                case [|125|]:
                case [|150|]:
                    break;
                case [|425|]:
                    throw new IOException("Server could not open data connection: " + text);
                case [|550|]:
                    throw new FileNotFoundException(text, remotePath);
                default:
                    throw new IOException($"Unexpected reply {code}: {text}");
            }

            long total = 0;
            var buffer = new byte[8192];
            using (NetworkStream ns = data.GetStream())
            {
                int bytesRead;
                while ((bytesRead = ns.Read(buffer, 0, buffer.Length)) > 0)
                {
                    destination.Write(buffer, 0, bytesRead);
                    total += bytesRead;
                }
            }

            string? done = _control.ReadLine();
            int final = done == null ? 0 : int.Parse(done.Substring(0, 3));
            if (final != [|226|] && final != [|250|])
            {
                throw new IOException("Transfer did not complete: " + done);
            }

            return total;
        }
    }
}
