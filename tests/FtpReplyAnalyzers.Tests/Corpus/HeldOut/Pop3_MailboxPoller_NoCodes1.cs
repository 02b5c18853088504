// POP3 mailbox poller with +OK/-ERR handling, STAT/LIST parsing, size limits, ports 110/995 and polling delays.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.Pop3Poller1
{
    public sealed class Pop3Settings
    {
        public string Host { get; set; } = "pop.example.com";
        public bool UseSsl { get; set; } = true;
        public int Port => UseSsl ? 995 : 110;
        public int MaxMessageBytes { get; set; } = 250 * 1024;
        public int PollSeconds { get; set; } = 60;
        public int MaxMessagesPerPoll { get; set; } = 200;
    }

    public sealed class Pop3Poller
    {
        private readonly Pop3Settings _settings;
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public Pop3Poller(Pop3Settings settings) => _settings = settings;

        public async Task PollForeverAsync(string user, string password, Func<string, Task> onMessage, CancellationToken ct)
        {
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    await PollOnceAsync(user, password, onMessage);
                }
                catch (IOException ex)
                {
                    Console.Error.WriteLine("POP3 poll failed: " + ex.Message);
                    await Task.Delay(500, ct);
                }

                await Task.Delay(TimeSpan.FromSeconds(_settings.PollSeconds), ct);
            }
        }

        private async Task PollOnceAsync(string user, string password, Func<string, Task> onMessage)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(_settings.Host, _settings.Port);
            Stream stream = tcp.GetStream();
            if (_settings.UseSsl)
            {
                var ssl = new SslStream(stream);
                await ssl.AuthenticateAsClientAsync(_settings.Host);
                stream = ssl;
            }

            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            EnsureOk(ReadLine());
            EnsureOk(Command("USER " + user));
            var pass = Command("PASS " + password);
            if (pass.Contains("[IN-USE]", StringComparison.Ordinal))
            {
                throw new IOException("mailbox locked by another session");
            }

            EnsureOk(pass);

            var stat = Command("STAT").Split(' ');
            int count = int.Parse(stat[1], CultureInfo.InvariantCulture);
            long octets = long.Parse(stat[2], CultureInfo.InvariantCulture);
            if (count == 0)
            {
                Command("QUIT");
                return;
            }

            var sizes = new Dictionary<int, int>();
            EnsureOk(Command("LIST"));
            foreach (var line in ReadMultiline())
            {
                var parts = line.Split(' ');
                sizes[int.Parse(parts[0], CultureInfo.InvariantCulture)] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            }

            int processed = 0;
            foreach (var (number, size) in sizes)
            {
                if (processed == _settings.MaxMessagesPerPoll)
                {
                    break;
                }

                if (size > _settings.MaxMessageBytes)
                {
                    Console.WriteLine($"skipping message {number}: {size} of {octets} octets");
                    continue;
                }

                EnsureOk(Command("RETR " + number));
                await onMessage(string.Join("\r\n", ReadMultiline()));
                EnsureOk(Command("DELE " + number));
                processed++;
            }

            EnsureOk(Command("QUIT"));
        }

        private static void EnsureOk(string status)
        {
            if (!status.StartsWith("+OK", StringComparison.Ordinal))
            {
                throw new IOException("POP3 error: " + status);
            }
        }

        private string ReadLine() => _reader!.ReadLine() ?? throw new IOException("connection closed");

        private string Command(string line)
        {
            _writer!.WriteLine(line);
            return ReadLine();
        }

        private IEnumerable<string> ReadMultiline()
        {
            string line;
            while ((line = ReadLine()) != ".")
            {
                yield return line.StartsWith("..", StringComparison.Ordinal) ? line.Substring(1) : line;
            }
        }
    }
}
