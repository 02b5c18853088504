// Models a test-lab FTP server whose command handlers are lambdas in a dictionary keyed by the verb, each returning the reply line.
// Bugs: the CWD entry answers 257 with the new path (CWD answers 250); the NOOP entry answers 250 (NOOP answers 200).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Commands.FtpServerDispatchTable1
{
    public sealed class LabSession
    {
        public string Root { get; init; } = Path.GetTempPath();
        public string Cwd { get; set; } = "/";
        public string? User { get; set; }
        public bool LoggedIn { get; set; }
        public char Type { get; set; } = 'A';
        public string? RenameFrom { get; set; }

        public string Local(string path) => Path.Combine(Root, (path.StartsWith('/') ? path : Cwd.TrimEnd('/') + "/" + path).TrimStart('/'));

        public bool TryChange(string path)
        {
            string target = path.StartsWith('/') ? path : Cwd.TrimEnd('/') + "/" + path;
            if (!Directory.Exists(Local(target)))
            {
                return false;
            }

            Cwd = target;
            return true;
        }
    }

    public static class LabCommandTable
    {
        public static readonly Dictionary<string, Func<LabSession, string, string>> Handlers = new Dictionary<string, Func<LabSession, string, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["USER"] = (s, a) =>
            {
                s.User = a;
                return "[|331|] User name okay, need password.";
            },
            ["PASS"] = (s, a) =>
            {
                if (s.User == null)
                {
                    return "[|503|] Login with USER first.";
                }

                s.LoggedIn = a.Length > 0;
                return s.LoggedIn ? "[|230|] User logged in, proceed." : "[|530|] Login incorrect.";
            },
            ["CWD"] = (s, a) => s.TryChange(a) ? $"[|257|] \"{s.Cwd}\" is the new working directory." : "[|550|] No such directory.", // FTP0004: 257 CWD
            ["CDUP"] = (s, a) => s.TryChange("..") ? "[|200|] Okay." : "[|550|] Already at top.",
            ["PWD"] = (s, a) => $"[|257|] \"{s.Cwd}\" is the current directory.",
            ["NOOP"] = (s, a) => "[|250|] OK", // FTP0004: 250 NOOP
            ["SYST"] = (s, a) => "[|215|] UNIX Type: L8",
            ["TYPE"] = (s, a) =>
            {
                if (a is not ("A" or "I"))
                {
                    return "[|504|] Type not supported.";
                }

                s.Type = a[0];
                return "[|200|] Type set to " + a + ".";
            },
            ["FEAT"] = (s, a) => "[|211|]-Features:\r\n MDTM\r\n SIZE\r\n[|211|] End",
            ["SIZE"] = (s, a) => File.Exists(s.Local(a))
                ? "[|213|] " + new FileInfo(s.Local(a)).Length.ToString(CultureInfo.InvariantCulture)
                : "[|550|] Could not get file size.",
            ["MDTM"] = (s, a) => File.Exists(s.Local(a))
                ? "[|213|] " + File.GetLastWriteTimeUtc(s.Local(a)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
                : "[|550|] Could not get file modification time.",
            ["RNFR"] = (s, a) =>
            {
                if (!File.Exists(s.Local(a)))
                {
                    return "[|550|] RNFR: no such file.";
                }

                s.RenameFrom = a;
                return "[|350|] Ready for RNTO.";
            },
            ["RNTO"] = (s, a) =>
            {
                if (s.RenameFrom == null)
                {
                    return "[|503|] RNFR required first.";
                }

                File.Move(s.Local(s.RenameFrom), s.Local(a));
                s.RenameFrom = null;
                return "[|250|] Rename successful.";
            },
            ["QUIT"] = (s, a) => "[|221|] Goodbye.",
        };

        public static string Dispatch(LabSession session, string line)
        {
            int space = line.IndexOf(' ');
            string verb = space < 0 ? line : line.Substring(0, space);
            string argument = space < 0 ? string.Empty : line.Substring(space + 1);
            if (!session.LoggedIn && verb.ToUpperInvariant() is not ("USER" or "PASS" or "QUIT"))
            {
                return "[|530|] Please log in first.";
            }

            return Handlers.TryGetValue(verb, out Func<LabSession, string, string>? handler)
                ? handler(session, argument)
                : "[|502|] Command not implemented.";
        }
    }
}
