// Models an FTP server command processor that keeps reply text in locals, ternaries and StringBuilders before returning it.
using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Idioms.FtpServerReplyTextLocals1
{
    public sealed class FtpCommandProcessor
    {
        private readonly string _root;
        private string _cwd = "/";
        private string? _renameFrom;
        private long _restartOffset;

        public FtpCommandProcessor(string root) => _root = root;

        public bool UploadsPaused { get; set; }

        public string Process(string verb, string arg)
        {
            string response = "[|200|] Command okay.";
            switch (verb.ToUpperInvariant())
            {
                case "PWD":
                    response = "[|257|] \"" + _cwd + "\" is the current directory.";
                    break;
                case "CWD":
                    response = Directory.Exists(Map(arg)) ? "[|250|] Directory changed." : "[|550|] Failed to change directory.";
                    if (response[0] == '2')
                    {
                        _cwd = arg;
                    }

                    break;
                case "RNFR":
                    _renameFrom = arg;
                    response = "[|350|] Ready for RNTO.";
                    break;
                case "RNTO":
                    if (_renameFrom == null)
                    {
                        response = "[|503|] RNFR required first.";
                    }
                    else
                    {
                        File.Move(Map(_renameFrom), Map(arg));
                        _renameFrom = null;
                        response = "[|250|] Rename successful.";
                    }

                    break;
                case "REST":
                    response = long.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out _restartOffset)
                        ? $"[|350|] Restarting at {_restartOffset}. Send STOR or RETR."
                        : "[|501|] Invalid restart offset.";
                    break;
                case "STOR":
                    string msg = UploadsPaused ? "[|450|] Uploads are paused, try again later." : "[|226|] Transfer complete.";
                    return msg;
                case "FEAT":
                    return BuildFeatures();
                case "HELP":
                    return BuildHelp(new[] { "USER", "PASS", "CWD", "PWD", "RNFR", "RNTO", "REST", "STOR", "FEAT" });
                case "ALLO":
                    response = "[|202|] ALLO is superfluous here.";
                    break;
                case "TYPE":
                    if (arg != "A" && arg != "I")
                    {
                        response = "[|504|] Only TYPE A and I are supported.";
                    }

                    break;
                default:
                    response = "[|500|] Unknown command.";
                    break;
            }

            return response;
        }

        private static string BuildFeatures()
        {
            var sb = new StringBuilder();
            sb.Append("[|211|]-Features:\r\n");
            foreach (string feature in new[] { "MDTM", "SIZE", "REST STREAM", "UTF8" })
            {
                sb.Append(' ').Append(feature).Append("\r\n");
            }

            sb.Append("[|211|] End");
            return sb.ToString();
        }

        private static string BuildHelp(string[] verbs)
        {
            var help = new StringBuilder("[|214|]-The following commands are recognized.\r\n");
            for (int i = 0; i < verbs.Length; i += 8)
            {
                int take = Math.Min(8, verbs.Length - i);
                help.AppendLine(" " + string.Join(' ', verbs, i, take));
            }

            help.Append("[|214|] Help OK.");
            return help.ToString();
        }

        private string Map(string path) => Path.Combine(_root, path.TrimStart('/'));
    }
}
