// Models a hand-written SMTP submission client that checks server replies with StartsWith (no FTP involved).
using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Idioms.SmtpStartsWithClient1
{
    public sealed class SmtpSubmissionException : Exception
    {
        public SmtpSubmissionException(string stage, string response) : base(stage + ": " + response)
        {
            Response = response;
        }

        public string Response { get; }

        public bool IsMailboxProblem => Response.StartsWith("550") || Response.StartsWith("553");
    }

    public sealed class PlainSmtpSender : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public async Task ConnectAsync(string host)
        {
            await _tcp.ConnectAsync(host, 587);
            Attach(_tcp.GetStream());

            string response = await ReadAsync();
            if (!response.StartsWith("220"))
            {
                throw new SmtpSubmissionException("banner", response);
            }

            response = await CommandAsync("EHLO client.example.org");
            if (!response.StartsWith("250"))
            {
                response = await CommandAsync("HELO client.example.org");
            }

            if (response.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase))
            {
                response = await CommandAsync("STARTTLS");
                if (response.StartsWith("220", StringComparison.Ordinal))
                {
                    var tls = new SslStream(_tcp.GetStream());
                    await tls.AuthenticateAsClientAsync(host);
                    Attach(tls);
                    await CommandAsync("EHLO client.example.org");
                }
            }
        }

        public async Task LoginAsync(string user, string password)
        {
            string token = Convert.ToBase64String(Encoding.UTF8.GetBytes("\0" + user + "\0" + password));
            string response = await CommandAsync("AUTH PLAIN " + token);
            if (response.StartsWith("334"))
            {
                response = await CommandAsync(token);
            }

            if (!response.StartsWith("235"))
            {
                throw new SmtpSubmissionException("auth", response);
            }
        }

        public async Task SendAsync(string from, string to, string message)
        {
            string response = await CommandAsync("MAIL FROM:<" + from + ">");
            if (!response.StartsWith("250")) throw new SmtpSubmissionException("MAIL", response);

            response = await CommandAsync("RCPT TO:<" + to + ">");
            if (!(response.StartsWith("250") || response.StartsWith("251"))) throw new SmtpSubmissionException("RCPT", response);

            response = await CommandAsync("DATA");
            if (!response.StartsWith("354")) throw new SmtpSubmissionException("DATA", response);

            response = await CommandAsync(message.Replace("\r\n.", "\r\n..") + "\r\n.");
            if (response.StartsWith("452") || response.StartsWith("421")) throw new SmtpSubmissionException("queue", response);
        }

        public void Dispose()
        {
            try
            {
                if (!CommandAsync("QUIT").GetAwaiter().GetResult().StartsWith("221"))
                {
                    Console.Error.WriteLine("SMTP server did not close cleanly");
                }
            }
            finally
            {
                _tcp.Dispose();
            }
        }

        private void Attach(Stream stream)
        {
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        private async Task<string> CommandAsync(string line)
        {
            await _writer.WriteLineAsync(line);
            return await ReadAsync();
        }

        private async Task<string> ReadAsync()
        {
            var all = new StringBuilder();
            string? line;
            while ((line = await _reader.ReadLineAsync()) != null)
            {
                all.AppendLine(line);
                if (line.Length < 4 || line[3] != '-')
                {
                    return line + (all.Length > line.Length + 2 ? " (" + all.ToString().Trim() + ")" : string.Empty);
                }
            }

            throw new EndOfStreamException("SMTP connection closed");
        }
    }
}
