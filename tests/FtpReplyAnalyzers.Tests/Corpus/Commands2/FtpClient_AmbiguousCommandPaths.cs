// Models a raw-socket FTP sync agent where many replies come from commands that are not fixed at the test (reused locals, verb lists, tuples of alternatives, replies read after a transfer), and the certain ones use allowed codes.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands2.FtpClientAmbiguousCommandPaths1
{
    public sealed class SyncAgentException : Exception
    {
        public SyncAgentException(string what, int code) : base(what + " -> " + code.ToString(CultureInfo.InvariantCulture)) { }
    }

    public sealed class FtpSyncAgent : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private readonly bool _ipv6;

        public FtpSyncAgent(TcpClient connected, bool ipv6)
        {
            _tcp = connected;
            _ipv6 = ipv6;
            _reader = new StreamReader(connected.GetStream(), Encoding.UTF8);
            _writer = new StreamWriter(connected.GetStream(), new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        }

        public string LastText { get; private set; } = string.Empty;

        public void Login(string user, string password, string? account)
        {
            int r = Send("USER " + user);
            if (r == [|331|])
            {
                r = Send("PASS " + password);
            }

            if (r == [|332|] && account != null)
            {
                r = Send("ACCT " + account);
            }

            if (r is not ([|230|] or [|202|]))
            {
                throw new SyncAgentException("login", r);
            }
        }

        public Dictionary<string, string> Probe()
        {
            var answers = new Dictionary<string, string>();
            foreach (string verb in new[] { "SYST", "HELP", "STAT" })
            {
                int c = Send(verb);
                if (c == [|211|] || c == [|214|] || c == [|215|])
                {
                    answers[verb] = LastText;
                }
                else if (c == [|502|])
                {
                    answers[verb] = "(not implemented)";
                }
            }

            return answers;
        }

        public int OpenPassivePort()
        {
            (int code, bool extended) = _ipv6 ? (Send("EPSV"), true) : (Send("PASV"), false);
            return code switch
            {
                [|229|] => int.Parse(LastText.Split('|')[3], CultureInfo.InvariantCulture),
                [|227|] => ParsePasvPort(LastText),
                [|425|] => throw new SyncAgentException(extended ? "EPSV" : "PASV", code),
                _ => throw new SyncAgentException("passive", code),
            };
        }

        public IEnumerable<string> List(string path, bool namesOnly, Func<IEnumerable<string>> readData)
        {
            string listVerb = namesOnly ? "NLST" : "LIST";
            int opened = Send($"{listVerb} {path}");
            if (opened == [|550|])
            {
                return Array.Empty<string>();
            }

            if (opened is not ([|125|] or [|150|]))
            {
                throw new SyncAgentException(listVerb, opened);
            }

            var lines = new List<string>(readData());
            int done = ReadReply();
            return done is [|226|] or [|250|] ? lines : throw new SyncAgentException(listVerb + " completion", done);
        }

        public void Upload(string remote, Action writeData)
        {
            if (Send("STOR " + remote) is not ([|125|] or [|150|]))
            {
                throw new SyncAgentException("STOR", 0);
            }

            writeData();
            int final = ReadReply();
            if (final == [|552|] || final == [|451|])
            {
                throw new SyncAgentException("upload of " + remote, final);
            }
        }

        public void EnsureDirectory(string path)
        {
            if (Send($"CWD {path}") is [|250|] or [|200|])
            {
                return;
            }

            if (Send("MKD " + path) is not ([|257|] or [|521|]))
            {
                throw new SyncAgentException("MKD " + path, 0);
            }
        }

        public bool Up() => Cdup() is [|200|] or [|250|];

        public int Cdup() => Send("CDUP");

        public bool ExtendedOnly() => Send("EPSV ALL") == [|200|];

        public bool Chmod(string mode, string path) => Send("SITE CHMOD " + mode + " " + path) is [|200|] or [|550|];

        public bool Exists(string path) => Send("STAT " + path) != [|550|];

        public int Run(string command) => Send(command);

        public void ApplyAll(IEnumerable<string> commands)
        {
            foreach (string command in commands)
            {
                if (Run(command) == [|250|])
                {
                    continue;
                }

                Console.Error.WriteLine(command + ": " + LastText);
            }
        }

        public void Dispose()
        {
            if (_tcp.Connected && Send("QUIT") is not ([|221|] or [|500|]))
            {
                Console.Error.WriteLine("QUIT: " + LastText);
            }

            _tcp.Dispose();
        }

        private static int ParsePasvPort(string text)
        {
            string[] n = text.Substring(text.IndexOf('(') + 1).TrimEnd(')', '.').Split(',');
            return int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture);
        }

        private int Send(string line)
        {
            _writer.WriteLine(line);
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
}
