// Models an uptime monitor that probes an FTP server and an SMTP relay through one shared line-protocol helper and sends the alert mail itself.
// Bugs: the FTP probe expects 250 from NOOP (the SMTP answer; FTP's NOOP answers 200).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.MixedFtpAndSmtpMonitor1
{
    public sealed class LineProtocolConnection : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public LineProtocolConnection(string host, int port)
        {
            _tcp = new TcpClient { ReceiveTimeout = 10000, SendTimeout = 10000 };
            _tcp.Connect(host, port);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public string LastLine { get; private set; } = string.Empty;

        public int ReadGreeting() => Read();

        public int Send(string line)
        {
            _writer.WriteLine(line);
            return Read();
        }

        public void Dispose() => _tcp.Dispose();

        private int Read()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            while (line.Length > 3 && line[3] == '-')
            {
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
            }

            LastLine = line;
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }

    public sealed record ProbeResult(string Target, bool Healthy, string Detail);

    public sealed class FtpProbe
    {
        private readonly string _host;

        public FtpProbe(string host)
        {
            _host = host;
        }

        public ProbeResult Check()
        {
            using var line = new LineProtocolConnection(_host, 21);
            if (line.ReadGreeting() != [|220|])
            {
                return new ProbeResult("ftp://" + _host, false, line.LastLine);
            }

            int login = line.Send("USER anonymous");
            if (login == [|331|])
            {
                login = line.Send("PASS monitor@example.org");
            }

            if (login != [|230|])
            {
                return new ProbeResult("ftp://" + _host, false, "login: " + line.LastLine);
            }

            bool alive = line.Send("NOOP") == [|250|]; // FTP0004: 250 NOOP
            bool closed = line.Send("QUIT") == [|221|];
            return new ProbeResult("ftp://" + _host, alive && closed, line.LastLine);
        }
    }

    public sealed class SmtpProbe
    {
        private readonly string _host;

        public SmtpProbe(string host)
        {
            _host = host;
        }

        public ProbeResult Check()
        {
            using var line = new LineProtocolConnection(_host, 25);
            if (line.ReadGreeting() != 220)
            {
                return new ProbeResult("smtp://" + _host, false, line.LastLine);
            }

            if (line.Send("EHLO monitor.example.org") != 250)
            {
                return new ProbeResult("smtp://" + _host, false, "EHLO: " + line.LastLine);
            }

            bool alive = line.Send("NOOP") == 250;
            bool closed = line.Send("QUIT") == 221;
            return new ProbeResult("smtp://" + _host, alive && closed, line.LastLine);
        }
    }

    public sealed class AlertMailer
    {
        private readonly string _relay;

        public AlertMailer(string relay)
        {
            _relay = relay;
        }

        public bool Send(IEnumerable<ProbeResult> failures, string to)
        {
            using var smtp = new LineProtocolConnection(_relay, 25);
            if (smtp.ReadGreeting() != 220 || smtp.Send("HELO monitor") != 250)
            {
                return false;
            }

            if (smtp.Send("MAIL FROM:<monitor@example.org>") != 250 || smtp.Send("RCPT TO:<" + to + ">") is not (250 or 251))
            {
                smtp.Send("RSET");
                return false;
            }

            if (smtp.Send("DATA") != 354)
            {
                return false;
            }

            var body = new StringBuilder("Subject: monitor alert\r\n\r\n");
            foreach (ProbeResult failure in failures)
            {
                body.Append(failure.Target).Append(": ").Append(failure.Detail).Append("\r\n");
            }

            bool queued = smtp.Send(body.Append('.').ToString()) == 250;
            smtp.Send("QUIT");
            return queued;
        }
    }
}
