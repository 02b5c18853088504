// Models a hand-written SMTP submission client whose Send returns the reply code as an int: EHLO, MAIL, RCPT, DATA, NOOP, RSET, HELP, VRFY and QUIT (no FTP involved).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.SmtpRawSubmissionClient1
{
    public sealed class SmtpRejectedException : Exception
    {
        public SmtpRejectedException(string stage, int code, string text) : base(stage + " rejected with " + code.ToString(CultureInfo.InvariantCulture) + ": " + text)
        {
            Code = code;
        }

        public int Code { get; }
    }

    public sealed class SmtpSubmissionClient : IDisposable
    {
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public string LastText { get; private set; } = string.Empty;

        public List<string> Extensions { get; } = new List<string>();

        public void Connect(string host, string heloName)
        {
            _tcp.Connect(host, 587);
            _reader = new StreamReader(_tcp.GetStream(), Encoding.ASCII);
            _writer = new StreamWriter(_tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (ReadReply() != 220)
            {
                throw new SmtpRejectedException("greeting", 0, LastText);
            }

            switch (Send("EHLO " + heloName))
            {
                case 250:
                    break;
                case 500:
                case 502:
                    Expect(SendCommand("HELO", heloName), 250);
                    break;
                case 421:
                    throw new SmtpRejectedException("EHLO", 421, LastText);
                default:
                    throw new SmtpRejectedException("EHLO", 0, LastText);
            }

            if (Extensions.Contains("STARTTLS") && Send("STARTTLS") != 220)
            {
                throw new SmtpRejectedException("STARTTLS", 0, LastText);
            }
        }

        public void Submit(string from, IEnumerable<string> recipients, string message)
        {
            Expect(SendCommand("MAIL", "FROM:<" + from + ">"), 250);
            foreach (string rcpt in recipients)
            {
                int code = Send("RCPT TO:<" + rcpt + ">");
                if (code is not (250 or 251))
                {
                    Send("RSET");
                    throw new SmtpRejectedException("RCPT " + rcpt, code, LastText);
                }
            }

            if (Send("DATA") != 354)
            {
                throw new SmtpRejectedException("DATA", 0, LastText);
            }

            _writer.Write(message.Replace("\r\n.", "\r\n.."));
            Expect(Send("\r\n."), 250);
        }

        public bool Verify(string mailbox) => Send("VRFY " + mailbox) is 250 or 251 or 252;

        public bool Ping() => Send("NOOP") == 250;

        public bool Reset() => Send("RSET") == 250;

        public string Help()
        {
            return Send("HELP") is 214 or 211 ? LastText : string.Empty;
        }

        public void Dispose()
        {
            try
            {
                if (_tcp.Connected && Send("QUIT") != 221)
                {
                    Console.Error.WriteLine("SMTP QUIT: " + LastText);
                }
            }
            finally
            {
                _tcp.Dispose();
            }
        }

        private int SendCommand(string verb, string argument) => Send(verb + " " + argument);

        private void Expect(int code, params int[] accepted)
        {
            if (Array.IndexOf(accepted, code) < 0)
            {
                throw new SmtpRejectedException("command", code, LastText);
            }
        }

        private int Send(string line)
        {
            _writer.WriteLine(line);
            return ReadReply();
        }

        private int ReadReply()
        {
            Extensions.Clear();
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            while (line.Length > 3 && line[3] == '-')
            {
                Extensions.Add(line.Substring(4).Split(' ')[0]);
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
            }

            Extensions.Add(line.Length > 4 ? line.Substring(4).Split(' ')[0] : string.Empty);
            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
