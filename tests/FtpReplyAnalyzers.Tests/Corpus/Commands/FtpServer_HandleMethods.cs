// Models an embedded FTP server (firmware update endpoint) with one Handle<Verb> method per command that returns the reply text, plus async OnXxxAsync handlers.
// Bugs: HandleSyst answers 200 (SYST answers 215); HandleMkd reports success with 250 (MKD answers 257).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Commands.FtpServerHandleMethods1
{
    public sealed class EmbeddedFtpSession
    {
        private static readonly string[] SupportedCommands = { "USER", "PASS", "SYST", "FEAT", "HELP", "MODE", "STRU", "TYPE", "ALLO", "STAT", "SIZE", "MDTM", "MKD", "EPSV", "STOR", "QUIT" };

        private readonly string _root;
        private readonly IPAddress _localAddress;
        private StreamWriter _writer = StreamWriter.Null;
        private TcpListener? _dataListener;
        private bool _epsvOnly;

        public EmbeddedFtpSession(string root, IPAddress localAddress)
        {
            _root = root;
            _localAddress = localAddress;
        }

        public bool EpsvOnly => _epsvOnly;

        public void Attach(Stream controlStream)
        {
            _writer = new StreamWriter(controlStream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public string HandleSyst() => "[|200|] UNIX Type: L8"; // FTP0004: 200 SYST

        public string HandleQuit() => "[|221|] Goodbye.";

        public string HandleHelp(string argument)
        {
            if (argument.Length > 0)
            {
                return Array.IndexOf(SupportedCommands, argument.ToUpperInvariant()) >= 0
                    ? "[|214|] " + argument.ToUpperInvariant() + " is supported."
                    : "[|502|] Unknown command " + argument + ".";
            }

            var text = new StringBuilder("[|214|]-The following commands are recognized:\r\n");
            text.Append(' ').Append(string.Join(' ', SupportedCommands)).Append("\r\n");
            text.Append("[|214|] Help OK.");
            return text.ToString();
        }

        public string HandleFeat()
        {
            return "[|211|]-Features:\r\n EPSV\r\n MDTM\r\n SIZE\r\n REST STREAM\r\n[|211|] End";
        }

        public string HandleMode(string argument) => argument.ToUpperInvariant() switch
        {
            "S" => "[|200|] Mode set to S.",
            "B" or "C" => "[|504|] Mode " + argument + " not implemented.",
            _ => "[|501|] Unknown mode " + argument + ".",
        };

        public string HandleStru(string argument) => argument.Equals("F", StringComparison.OrdinalIgnoreCase)
            ? "[|200|] Structure set to F."
            : "[|504|] Structure " + argument + " not implemented.";

        public string HandleAllo(string argument)
        {
            return long.TryParse(argument.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? "[|202|] No storage allocation necessary."
                : "[|501|] ALLO requires a size.";
        }

        public string HandleStat(string argument)
        {
            if (argument.Length == 0)
            {
                return "[|211|]-Firmware FTP server status:\r\n Connected to " + _localAddress + "\r\n[|211|] End of status.";
            }

            string local = Path.Combine(_root, argument.TrimStart('/'));
            if (Directory.Exists(local))
            {
                var listing = new StringBuilder("[|212|]-Status of " + argument + ":\r\n");
                foreach (string entry in Directory.EnumerateFileSystemEntries(local))
                {
                    listing.Append(' ').Append(Path.GetFileName(entry)).Append("\r\n");
                }

                return listing.Append("[|212|] End of status.").ToString();
            }

            return File.Exists(local)
                ? "[|213|] " + new FileInfo(local).Length.ToString(CultureInfo.InvariantCulture) + " bytes in " + argument
                : "[|450|] " + argument + ": not available.";
        }

        public string HandleSize(string argument)
        {
            var file = new FileInfo(Path.Combine(_root, argument.TrimStart('/')));
            return file.Exists ? "[|213|] " + file.Length.ToString(CultureInfo.InvariantCulture) : "[|550|] " + argument + ": No such file.";
        }

        public string HandleMdtm(string argument)
        {
            var file = new FileInfo(Path.Combine(_root, argument.TrimStart('/')));
            return file.Exists
                ? "[|213|] " + file.LastWriteTimeUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
                : "[|550|] " + argument + ": No such file.";
        }

        public string HandleMkd(string argument)
        {
            string local = Path.Combine(_root, argument.TrimStart('/'));
            if (Directory.Exists(local))
            {
                return "[|550|] " + argument + ": Directory exists.";
            }

            Directory.CreateDirectory(local);
            return "[|250|] Directory " + argument + " created."; // FTP0004: 250 MKD
        }

        public async Task OnEpsvAsync(string argument)
        {
            if (argument.Equals("ALL", StringComparison.OrdinalIgnoreCase))
            {
                _epsvOnly = true;
                await _writer.WriteLineAsync("[|200|] EPSV ALL ok.");
                return;
            }

            if (argument.Length > 0 && argument != "1")
            {
                await _writer.WriteLineAsync("[|522|] Network protocol not supported, use (1)");
                return;
            }

            _dataListener?.Stop();
            _dataListener = new TcpListener(_localAddress, 0);
            _dataListener.Start(1);
            int port = ((IPEndPoint)_dataListener.LocalEndpoint).Port;
            await _writer.WriteLineAsync($"[|229|] Entering Extended Passive Mode (|||{port}|)");
        }

        public async Task DispatchAsync(string line)
        {
            int space = line.IndexOf(' ');
            string verb = (space < 0 ? line : line.Substring(0, space)).ToUpperInvariant();
            string argument = space < 0 ? string.Empty : line.Substring(space + 1).Trim();
            var simple = new Dictionary<string, Func<string, string>>
            {
                ["SYST"] = _ => HandleSyst(),
                ["QUIT"] = _ => HandleQuit(),
                ["HELP"] = HandleHelp,
                ["FEAT"] = _ => HandleFeat(),
                ["MODE"] = HandleMode,
                ["STRU"] = HandleStru,
                ["ALLO"] = HandleAllo,
                ["STAT"] = HandleStat,
                ["SIZE"] = HandleSize,
                ["MDTM"] = HandleMdtm,
                ["MKD"] = HandleMkd,
            };

            if (verb == "EPSV")
            {
                await OnEpsvAsync(argument);
            }
            else if (simple.TryGetValue(verb, out Func<string, string>? handler))
            {
                await _writer.WriteLineAsync(handler(argument));
            }
            else
            {
                await _writer.WriteLineAsync("[|500|] " + verb + ": command not understood.");
            }
        }
    }
}
