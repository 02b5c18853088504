// Models unit tests that run a small FTP client against a fake control channel answering from a switch on the verb, asserting the codes each command returns.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Commands.FtpTestsClientAgainstFakeServer1
{
    public sealed class FakeControlChannel
    {
        private readonly HashSet<string> _files = new HashSet<string>(StringComparer.Ordinal) { "/pub/readme.txt" };
        private readonly HashSet<string> _directories = new HashSet<string>(StringComparer.Ordinal) { "/", "/pub" };
        private string _cwd = "/";
        private string? _renameFrom;

        public List<string> Log { get; } = new List<string>();

        public string Answer(string line)
        {
            Log.Add(line);
            int space = line.IndexOf(' ');
            string verb = space < 0 ? line : line.Substring(0, space);
            string arg = space < 0 ? string.Empty : line.Substring(space + 1);
            string full = arg.StartsWith('/') ? arg : (_cwd == "/" ? "/" : _cwd + "/") + arg;

            switch (verb)
            {
                case "CWD":
                    if (!_directories.Contains(full))
                    {
                        return "[|550|] No such directory.";
                    }

                    _cwd = full;
                    return "[|250|] Okay.";
                case "CDUP":
                    _cwd = "/";
                    return "[|250|] Okay.";
                case "PWD":
                    return "[|257|] \"" + _cwd + "\"";
                case "MKD":
                    return _directories.Add(full) ? "[|257|] \"" + full + "\" created." : "[|550|] Exists.";
                case "RMD":
                    return _directories.Remove(full) ? "[|250|] Removed." : "[|550|] No such directory.";
                case "DELE":
                    return _files.Remove(full) ? "[|250|] Deleted." : "[|550|] No such file.";
                case "RNFR":
                    if (!_files.Contains(full))
                    {
                        return "[|550|] No such file.";
                    }

                    _renameFrom = full;
                    return "[|350|] Ready for RNTO.";
                case "RNTO":
                    if (_renameFrom == null)
                    {
                        return "[|503|] RNFR first.";
                    }

                    _files.Remove(_renameFrom);
                    _files.Add(full);
                    _renameFrom = null;
                    return "[|250|] Renamed.";
                case "SIZE":
                    return _files.Contains(full) ? "[|213|] 1024" : "[|550|] No such file.";
                case "NOOP":
                    return "[|200|] NOOP ok.";
                case "QUIT":
                    return "[|221|] Goodbye.";
                default:
                    return "[|500|] Unknown command.";
            }
        }
    }

    public sealed class TinyClient
    {
        private readonly FakeControlChannel _channel;

        public TinyClient(FakeControlChannel channel)
        {
            _channel = channel;
        }

        public string LastText { get; private set; } = string.Empty;

        public int Send(string command)
        {
            string reply = _channel.Answer(command);
            LastText = reply.Substring(4);
            return int.Parse(reply.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        public int Cwd(string path) => Send("CWD " + path);

        public int Cdup() => Send("CDUP");

        public int Pwd() => Send("PWD");

        public int Dele(string path) => Send("DELE " + path);
    }

    internal static class Expect
    {
        public static void Equal<T>(T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new InvalidOperationException($"expected {expected}, got {actual}");
            }
        }
    }

    public sealed class TinyClientTests
    {
        private readonly FakeControlChannel _fake = new FakeControlChannel();

        public void Cwd_into_existing_directory()
        {
            var client = new TinyClient(_fake);

            Expect.Equal([|250|], client.Cwd("pub"));
            Expect.Equal([|257|], client.Pwd());
            Expect.Equal("\"/pub\"", client.LastText);
        }

        public void Cwd_into_missing_directory()
        {
            var client = new TinyClient(_fake);

            Expect.Equal([|550|], client.Cwd("missing"));
        }

        public void Cdup_returns_to_root()
        {
            var client = new TinyClient(_fake);
            client.Cwd("pub");

            Expect.Equal([|250|], client.Cdup());
        }

        public void Mkd_then_rmd()
        {
            var client = new TinyClient(_fake);

            Expect.Equal([|257|], client.Send("MKD incoming"));
            Expect.Equal([|550|], client.Send("MKD incoming"));
            Expect.Equal([|250|], client.Send("RMD incoming"));
        }

        public void Rename_is_two_steps()
        {
            var client = new TinyClient(_fake);

            Expect.Equal([|503|], client.Send("RNTO early.txt"));
            Expect.Equal([|350|], client.Send("RNFR /pub/readme.txt"));
            Expect.Equal([|250|], client.Send("RNTO /pub/README"));
        }

        public void Delete_and_size()
        {
            var client = new TinyClient(_fake);

            Expect.Equal([|213|], client.Send("SIZE /pub/readme.txt"));
            Expect.Equal([|250|], client.Dele("/pub/readme.txt"));
            Expect.Equal([|550|], client.Dele("/pub/readme.txt"));
            Expect.Equal([|550|], client.Send("SIZE /pub/readme.txt"));
        }

        public void Keepalive_and_quit()
        {
            var client = new TinyClient(_fake);

            Expect.Equal([|200|], client.Send("NOOP"));
            Expect.Equal([|500|], client.Send("HOST ftp.example.org"));
            Expect.Equal([|221|], client.Send("QUIT"));
        }
    }
}
