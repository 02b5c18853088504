// Models a small FTP health-check client that keeps whole reply lines as strings and tests them with StartsWith.
// Bugs: SYST accepted only with 200 (SYST answers 215); the keep-alive NOOP expects 250 (NOOP answers 200).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientStartsWithReplies1
{
    public sealed class FtpHealthReport
    {
        public string? SystemType { get; set; }
        public List<string> Features { get; } = new List<string>();
        public bool KeepAliveOk { get; set; }
        public long? ProbeFileSize { get; set; }
        public string? ProbeFileTime { get; set; }
        public string? HelpText { get; set; }
        public string? DirectoryStatus { get; set; }
    }

    public sealed class FtpHealthCheck : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;
        private readonly List<string> _lastLines = new List<string>();

        public FtpHealthReport Run(string host, string probeFile)
        {
            var report = new FtpHealthReport();
            _tcp.Connect(host, 21);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (!Read().StartsWith("[|220|]"))
            {
                throw new IOException("no greeting");
            }

            Send("USER anonymous");
            Send("PASS health@example.org");

            if (Send("SYST").StartsWith("[|200|]")) // FTP0004: 200 SYST
            {
                report.SystemType = Last().Substring(4);
            }

            string features = Send("FEAT");
            if (features.StartsWith("[|211|]", StringComparison.Ordinal))
            {
                foreach (string line in _lastLines)
                {
                    if (line.StartsWith(" ", StringComparison.Ordinal))
                    {
                        report.Features.Add(line.Trim());
                    }
                }
            }
            else if (!(features.StartsWith("[|500|]") || features.StartsWith("[|502|]")))
            {
                throw new IOException("FEAT: " + features);
            }

            report.KeepAliveOk = Send("NOOP").StartsWith("[|250|]", StringComparison.Ordinal); // FTP0004: 250 NOOP

            if (Send("TYPE I").StartsWith("[|200|]") && Send("SIZE " + probeFile).StartsWith("[|213|] "))
            {
                report.ProbeFileSize = long.Parse(Last().Substring(4));
            }

            string mdtm = Send("MDTM " + probeFile);
            if (mdtm.StartsWith("[|213|]"))
            {
                report.ProbeFileTime = mdtm.Substring(4);
            }
            else if (!mdtm.StartsWith("[|550|]"))
            {
                Console.Error.WriteLine("MDTM: " + mdtm);
            }

            string help = Send("HELP");
            if (help.StartsWith("[|214|]") || help.StartsWith("[|211|]"))
            {
                report.HelpText = string.Join(Environment.NewLine, _lastLines);
            }

            string status = Send("STAT /pub");
            if (status.StartsWith("[|212|]") || status.StartsWith("[|213|]") || status.StartsWith("[|211|]"))
            {
                report.DirectoryStatus = string.Join(Environment.NewLine, _lastLines);
            }

            if (!Send("QUIT").StartsWith("[|221|]"))
            {
                Console.Error.WriteLine("QUIT not acknowledged");
            }

            return report;
        }

        public void Dispose() => _tcp.Dispose();

        private string Last() => _lastLines[_lastLines.Count - 1];

        private string Send(string command)
        {
            _writer.WriteLine(command);
            return Read();
        }

        private string Read()
        {
            _lastLines.Clear();
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            _lastLines.Add(line);
            if (line.Length > 3 && line[3] == '-')
            {
                string end = line.Substring(0, 3) + " ";
                do
                {
                    line = _reader.ReadLine() ?? throw new EndOfStreamException();
                    _lastLines.Add(line);
                }
                while (!line.StartsWith(end, StringComparison.Ordinal));
            }

            return _lastLines[0];
        }
    }
}
