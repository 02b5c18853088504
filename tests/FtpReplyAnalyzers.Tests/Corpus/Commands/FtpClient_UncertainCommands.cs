// Models an FTP scripting console: commands come from scripts, user input, parameters and conditional verbs, so the command behind each reply is not fixed at the comparison.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commands.FtpClientUncertainCommands1
{
    public sealed class ScriptStepFailedException : Exception
    {
        public ScriptStepFailedException(string step, int code) : base(step + " answered " + code.ToString(CultureInfo.InvariantCulture)) { }
    }

    public sealed class FtpScriptConsole : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;
        private IPAddress _server = IPAddress.Loopback;

        public FtpScriptConsole(TcpClient connected)
        {
            _tcp = connected;
            _server = ((IPEndPoint)connected.Client.RemoteEndPoint!).Address;
            _reader = new StreamReader(connected.GetStream(), Encoding.UTF8);
            _writer = new StreamWriter(connected.GetStream(), new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        }

        public int LastCode { get; private set; }

        public string LastText { get; private set; } = string.Empty;

        public int Execute(string command)
        {
            _writer.WriteLine(command);
            return ReadReply();
        }

        public void RunScript(IEnumerable<string> lines)
        {
            foreach (string line in lines)
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                int code = Execute(line);
                if (code == [|257|])
                {
                    Console.WriteLine("directory: " + LastText);
                }
                else if (code >= 400)
                {
                    throw new ScriptStepFailedException(line, code);
                }
            }
        }

        public void Interactive(TextReader input)
        {
            string? line;
            while ((line = input.ReadLine()) != null)
            {
                int code = Execute(line.Trim());
                Console.WriteLine(code == [|221|] ? "bye" : code.ToString(CultureInfo.InvariantCulture) + " " + LastText);
                if (code == [|221|] || code == [|421|])
                {
                    return;
                }
            }
        }

        public IPEndPoint OpenDataChannel(bool extended)
        {
            int code = Execute(extended ? "EPSV" : "PASV");
            if (code == [|229|])
            {
                string port = LastText.Split('|')[3];
                return new IPEndPoint(_server, int.Parse(port, CultureInfo.InvariantCulture));
            }

            if (code == [|227|])
            {
                string[] n = LastText.Substring(LastText.IndexOf('(') + 1).TrimEnd(')', '.').Split(',');
                return new IPEndPoint(IPAddress.Parse(string.Join('.', n[0], n[1], n[2], n[3])), int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture));
            }

            throw new ScriptStepFailedException(extended ? "EPSV" : "PASV", code);
        }

        public bool Simple(string verb, string argument) => Execute(verb + " " + argument) is [|200|] or [|250|];

        public void Require(string command, params int[] accepted)
        {
            int code = Execute(command);
            if (Array.IndexOf(accepted, code) < 0)
            {
                throw new ScriptStepFailedException(command, code);
            }
        }

        public void Transfer(string path, bool upload)
        {
            string verb = upload ? "STOR" : "RETR";
            if (Execute(verb + " " + path) is not ([|125|] or [|150|]))
            {
                throw new ScriptStepFailedException(verb, LastCode);
            }

            if (ReadReply() != [|226|])
            {
                throw new ScriptStepFailedException(verb + " completion", LastCode);
            }
        }

        public void RemoveEntry(string path, bool isDirectory)
        {
            string command = (isDirectory ? "RMD " : "DELE ") + path;
            if (Execute(command) is not ([|250|] or [|450|] or [|550|]))
            {
                throw new ScriptStepFailedException(command, LastCode);
            }
        }

        public void ApplySettings(IReadOnlyDictionary<string, string> settings)
        {
            foreach (KeyValuePair<string, string> setting in settings)
            {
                if (!Simple(setting.Key, setting.Value))
                {
                    Console.Error.WriteLine(setting.Key + " " + setting.Value + ": " + LastText);
                }
            }

            if (LastCode == [|504|])
            {
                Console.Error.WriteLine("last setting not implemented for that parameter");
            }
        }

        public void Dispose() => _tcp.Dispose();

        private int ReadReply()
        {
            string line = _reader.ReadLine() ?? throw new EndOfStreamException();
            while (line.Length > 3 && line[3] == '-')
            {
                line = _reader.ReadLine() ?? throw new EndOfStreamException();
            }

            LastText = line.Length > 4 ? line.Substring(4) : string.Empty;
            LastCode = int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            return LastCode;
        }
    }

    public static class ScriptRunner
    {
        public static void Run(string[] args)
        {
            using var tcp = new TcpClient(args[0], 21);
            using var console = new FtpScriptConsole(tcp);
            string user = args.Length > 1 ? args[1] : "anonymous";
            console.Require("USER " + user, [|230|], [|331|]);
            if (console.LastCode == [|331|])
            {
                console.Require("PASS " + (args.Length > 2 ? args[2] : "guest@"), [|230|], [|202|]);
            }

            console.RunScript(File.ReadLines(args.Length > 3 ? args[3] : "session.ftp"));
        }
    }
}
