// Models an interoperability layer of an FTP client that accepts the replies real servers send where the RFCs contradict themselves or add codes beyond the s5.4 table.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientToleratedContradictions1
{
    public sealed class ServerQuirks
    {
        public bool HasFeat { get; set; } = true;
        public bool EpsvOnly { get; set; }
        public bool ActiveModeDisabled { get; set; }
        public bool MdtmUnsupported { get; set; }
        public List<string> Features { get; } = new List<string>();
    }

    public sealed class ServiceClosingException : IOException
    {
        public ServiceClosingException(string text) : base("server is shutting down: " + text) { }
    }

    public sealed class InteropFtpClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private readonly List<string> _lines = new List<string>();

        public InteropFtpClient(TcpClient connected)
        {
            _tcp = connected;
            _reader = new StreamReader(connected.GetStream(), Encoding.UTF8);
            _writer = new StreamWriter(connected.GetStream(), new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        }

        public ServerQuirks Quirks { get; } = new ServerQuirks();

        public string LastText { get; private set; } = string.Empty;

        public void Negotiate()
        {
            int feat = Send("FEAT");
            if (feat == [|500|] || feat == [|502|])
            {
                Quirks.HasFeat = false;
            }
            else if (feat == [|211|])
            {
                foreach (string line in _lines)
                {
                    if (line.StartsWith(' '))
                    {
                        Quirks.Features.Add(line.Trim());
                    }
                }
            }

            if (Quirks.Features.Contains("EPSV") && Send("EPSV ALL") == [|200|])
            {
                Quirks.EpsvOnly = true;
            }
        }

        public bool ChangeDirectory(string directory)
        {
            return Send("CWD " + directory) switch
            {
                [|200|] or [|250|] => true,
                [|550|] => false,
                [|421|] => throw new ServiceClosingException(LastText),
                _ => throw new IOException("CWD: " + LastText),
            };
        }

        public bool Up() => Send("CDUP") is [|200|] or [|250|];

        public string CurrentDirectory()
        {
            int code = Send("PWD");
            if (code == [|421|])
            {
                throw new ServiceClosingException(LastText);
            }

            return code == [|257|] ? LastText.Split('"')[1] : throw new IOException("PWD: " + LastText);
        }

        public bool CreateDirectory(string directory)
        {
            switch (Send("MKD " + directory))
            {
                case [|257|]:
                    return true;
                case [|521|]:
                case [|550|]:
                    return false;
                default:
                    throw new IOException("MKD: " + LastText);
            }
        }

        public bool RemoveDirectory(string directory)
        {
            switch (Send("RMD " + directory))
            {
                case [|250|]:
                    return true;
                case [|450|]:
                    return false;
                case [|550|]:
                    throw new DirectoryNotFoundException(directory);
                default:
                    throw new IOException("RMD: " + LastText);
            }
        }

        public bool ListingExists(string path)
        {
            if (Send("LIST " + path) == [|550|])
            {
                return false;
            }

            ReadReply();
            return true;
        }

        public bool NameListExists(string path) => Send("NLST " + path) is not ([|450|] or [|550|]);

        public bool SetPermissions(string path, string octal)
        {
            int code = Send("SITE CHMOD " + octal + " " + path);
            if (code is [|502|] or [|504|] or [|500|])
            {
                return false;
            }

            return code is [|200|] or [|202|];
        }

        public bool TrySetActive(string hostPort)
        {
            if (Quirks.ActiveModeDisabled)
            {
                return false;
            }

            int code = Send("PORT " + hostPort);
            if (code == [|502|])
            {
                Quirks.ActiveModeDisabled = true;
            }

            return code == [|200|];
        }

        public bool TrySetExtendedActive(string argument)
        {
            int code = Send("EPRT " + argument);
            return code switch
            {
                [|200|] => true,
                [|522|] or [|500|] or [|502|] => false,
                _ => throw new IOException("EPRT: " + LastText),
            };
        }

        public DateTime? ModificationTime(string path)
        {
            if (Quirks.MdtmUnsupported)
            {
                return null;
            }

            switch (Send("MDTM " + path))
            {
                case [|213|]:
                    return DateTime.ParseExact(LastText.Trim(), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
                case [|500|]:
                case [|502|]:
                    Quirks.MdtmUnsupported = true;
                    return null;
                case [|550|]:
                    return null;
                default:
                    throw new IOException("MDTM: " + LastText);
            }
        }

        public bool KeepAlive()
        {
            int code = Send("NOOP");
            return code == [|421|] ? throw new ServiceClosingException(LastText) : code == [|200|];
        }

        public void Dispose()
        {
            if (Send("QUIT") is not ([|221|] or [|421|]))
            {
                Console.Error.WriteLine("QUIT: " + LastText);
            }

            _tcp.Dispose();
        }

        private int Send(string command)
        {
            _writer.WriteLine(command);
            return ReadReply();
        }

        private int ReadReply()
        {
            _lines.Clear();
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            _lines.Add(line);
            if (line.Length > 3 && line[3] == '-')
            {
                string end = line.Substring(0, 3) + " ";
                do
                {
                    line = _reader.ReadLine() ?? throw new EndOfStreamException();
                    _lines.Add(line);
                }
                while (!line.StartsWith(end, StringComparison.Ordinal));
            }

            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            return int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
