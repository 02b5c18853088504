// Models a strict FTP client that maps every reply RFC 959 s5.4 allows for each command it sends to an outcome, with one switch expression per command.
using System;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientAllowedCodesCatalogue1
{
    public enum Outcome
    {
        Done,
        NeedPassword,
        NeedAccount,
        Pending,
        NotNeeded,
        Busy,
        Unavailable,
        NotLoggedIn,
        BadSequence,
        NameNotAllowed,
        NeedAccountForStoring,
        Rejected,
        Closing,
        Unexpected,
    }

    public sealed class StrictFtpClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public StrictFtpClient(TcpClient connected)
        {
            _tcp = connected;
            _reader = new StreamReader(connected.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(connected.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public string LastText { get; private set; } = string.Empty;

        public Outcome User(string name) => Send("USER " + name) switch
        {
            [|230|] => Outcome.Done,
            [|331|] => Outcome.NeedPassword,
            [|332|] => Outcome.NeedAccount,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome Pass(string password) => Send("PASS " + password) switch
        {
            [|230|] or [|202|] => Outcome.Done,
            [|332|] => Outcome.NeedAccount,
            [|530|] => Outcome.NotLoggedIn,
            [|503|] => Outcome.BadSequence,
            [|500|] or [|501|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome Acct(string account) => Send("ACCT " + account) switch
        {
            [|230|] or [|202|] => Outcome.Done,
            [|530|] => Outcome.NotLoggedIn,
            [|503|] => Outcome.BadSequence,
            [|500|] or [|501|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome ChangeDirectory(string directory) => Send("CWD " + directory) switch
        {
            [|250|] => Outcome.Done,
            [|550|] => Outcome.Unavailable,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome MountStructure(string pathname) => Send("SMNT " + pathname) switch
        {
            [|250|] => Outcome.Done,
            [|202|] => Outcome.NotNeeded,
            [|550|] => Outcome.Unavailable,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome PrintDirectory() => Send("PWD") switch
        {
            [|257|] => Outcome.Done,
            [|550|] => Outcome.Unavailable,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome MakeDirectory(string directory) => Send("MKD " + directory) switch
        {
            [|257|] => Outcome.Done,
            [|550|] => Outcome.Unavailable,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome RemoveDirectory(string directory) => Send("RMD " + directory) switch
        {
            [|250|] => Outcome.Done,
            [|550|] => Outcome.Unavailable,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome Delete(string path) => Send("DELE " + path) switch
        {
            [|250|] => Outcome.Done,
            [|450|] => Outcome.Busy,
            [|550|] => Outcome.Unavailable,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome RenameFrom(string path) => Send("RNFR " + path) switch
        {
            [|350|] => Outcome.Pending,
            [|450|] => Outcome.Busy,
            [|550|] => Outcome.Unavailable,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome RenameTo(string path) => Send("RNTO " + path) switch
        {
            [|250|] => Outcome.Done,
            [|532|] => Outcome.NeedAccountForStoring,
            [|553|] => Outcome.NameNotAllowed,
            [|503|] => Outcome.BadSequence,
            [|530|] => Outcome.NotLoggedIn,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome Abort() => Send("ABOR") switch
        {
            [|225|] or [|226|] => Outcome.Done,
            [|500|] or [|501|] or [|502|] => Outcome.Rejected,
            [|421|] => Outcome.Closing,
            _ => Outcome.Unexpected,
        };

        public Outcome Reinitialize()
        {
            int first = Send("REIN");
            if (first == [|120|])
            {
                first = Read();
            }

            return first switch
            {
                [|220|] => Outcome.Done,
                [|500|] or [|502|] => Outcome.Rejected,
                [|421|] => Outcome.Closing,
                _ => Outcome.Unexpected,
            };
        }

        public void Dispose() => _tcp.Dispose();

        private int Send(string command)
        {
            _writer.WriteLine(command);
            return Read();
        }

        private int Read()
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
