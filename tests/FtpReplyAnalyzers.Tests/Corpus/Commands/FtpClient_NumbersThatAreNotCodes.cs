// Models an FTP upload agent whose command calls carry numbers that are not reply codes: retry delays, permission modes, allocation sizes, port bytes and timeouts next to literal verbs.
using System;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Commands.FtpClientNumbersThatAreNotCodes1
{
    public sealed class UploadAgentOptions
    {
        public int ControlPort { get; set; } = 21;
        public int ReceiveTimeoutMs { get; set; } = 500;
        public int MaxAttempts { get; set; } = 3;
        public string UploadMode { get; set; } = "550";
    }

    public sealed class UploadAgent : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private readonly UploadAgentOptions _options;
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public UploadAgent(UploadAgentOptions options)
        {
            _options = options;
        }

        public string LastText { get; private set; } = string.Empty;

        public void Open(string host)
        {
            _tcp.ReceiveTimeout = _options.ReceiveTimeoutMs;
            _tcp.Connect(host, _options.ControlPort);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            ReadReply();
        }

        public bool KeepAlive() => SendWithRetry("NOOP", attempts: 3, delayMs: 250) == [|200|];

        public bool LockDown(string path)
        {
            return Send("SITE CHMOD 550 " + path) is [|200|] or [|202|];
        }

        public bool ApplyUploadMode(string path)
        {
            return Send("SITE CHMOD " + _options.UploadMode + " " + path) == [|200|];
        }

        public bool Reserve()
        {
            return Send("ALLO 500") is [|200|] or [|202|];
        }

        public bool UseFixedActivePort()
        {
            return Send("PORT 10,0,0,5,200,250") == [|200|];
        }

        public bool ResumeAt(long offset)
        {
            return SendWithRetry("REST " + offset.ToString(CultureInfo.InvariantCulture), attempts: _options.MaxAttempts, delayMs: 250) == [|350|];
        }

        public bool Idle(int seconds)
        {
            return Send("SITE IDLE " + seconds.ToString(CultureInfo.InvariantCulture)) == [|200|];
        }

        public void Dispose()
        {
            if (_tcp.Connected)
            {
                Send("QUIT");
            }

            _tcp.Dispose();
        }

        private int SendWithRetry(string command, int attempts, int delayMs)
        {
            int code = 0;
            for (int attempt = 0; attempt < attempts; attempt++)
            {
                code = Send(command);
                if (code < 400 || code >= 500)
                {
                    return code;
                }

                Thread.Sleep(delayMs * (attempt + 1));
            }

            return code;
        }

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
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }

    public static class UploadAgentProgram
    {
        public static int Run(string[] args)
        {
            var options = new UploadAgentOptions { ReceiveTimeoutMs = 5000, MaxAttempts = 5 };
            using var agent = new UploadAgent(options);
            agent.Open(args.Length > 0 ? args[0] : "localhost");
            if (!agent.KeepAlive())
            {
                Console.Error.WriteLine("server not responding: " + agent.LastText);
                return 3;
            }

            return agent.LockDown("/incoming/report.csv") ? 0 : 2;
        }
    }
}
