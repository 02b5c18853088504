// Models a synchronous FTP server loop that dispatches with an if/else-if chain on the verb, plus a switch expression for one-line replies.
// Bugs: the EPRT branch answers 229 (EPRT answers 200; 229 is EPSV's); the ABOR branch answers 200 when no transfer runs (ABOR answers 225 or 226); the STRU arm accepts F with 250 (STRU answers 200).
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commands2.FtpServerIfElseChain1
{
    public sealed class BlockingFtpSession
    {
        private readonly Socket _socket;
        private readonly StreamReader _in;
        private readonly StreamWriter _out;
        private string _previousVerb = string.Empty;
        private string? _renameFrom;
        private bool _extendedOnly;
        private bool _authenticated;
        private IPEndPoint? _dataTarget;
        private Stream? _transfer;

        public BlockingFtpSession(Socket socket)
        {
            _socket = socket;
            var stream = new NetworkStream(socket, ownsSocket: true);
            _in = new StreamReader(stream, Encoding.ASCII);
            _out = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public string Root { get; init; } = "/var/ftp";

        public void Serve()
        {
            Send("[|220|] blocking-ftpd ready");
            string? line;
            while ((line = _in.ReadLine()) != null)
            {
                string verb = line.Split(' ', 2)[0].ToUpperInvariant();
                string arg = line.Length > verb.Length ? line.Substring(verb.Length + 1) : string.Empty;

                string? simple = verb switch
                {
                    "SYST" => "[|215|] UNIX Type: L8",
                    "NOOP" => "[|200|] NOOP command successful",
                    "HELP" => "[|214|] Commands: USER PASS CWD PWD EPRT EPSV LIST RETR STOR ABOR QUIT",
                    "MODE" => arg == "S" ? "[|200|] Mode set to S" : "[|504|] Only stream mode",
                    "STRU" => arg == "F" ? "[|250|] Structure set to F" : "[|504|] Only file structure", // FTP0004: 250 STRU
                    "ALLO" => "[|202|] No storage allocation necessary",
                    _ => null,
                };

                if (simple != null)
                {
                    Send(simple);
                }
                else if (!_authenticated && verb != "USER" && verb != "PASS" && verb != "QUIT")
                {
                    Send("[|530|] Not logged in");
                }
                else if (verb == "USER")
                {
                    Send("[|331|] Password please");
                }
                else if (verb == "PASS")
                {
                    _authenticated = arg.Length > 0;
                    Send(_authenticated ? "[|230|] Welcome" : "[|530|] Login incorrect");
                }
                else if (verb.Equals("PWD", StringComparison.Ordinal))
                {
                    Send("[|257|] \"/\" is the current directory");
                }
                else if (verb == "EPRT")
                {
                    string[] parts = arg.Split('|');
                    if (parts.Length < 5 || parts[1] is not ("1" or "2"))
                    {
                        Send("[|522|] Network protocol not supported, use (1,2)");
                    }
                    else
                    {
                        _dataTarget = new IPEndPoint(IPAddress.Parse(parts[2]), int.Parse(parts[3], CultureInfo.InvariantCulture));
                        Send("[|229|] EPRT command successful"); // FTP0004: 229 EPRT
                    }
                }
                else if (verb is "PASV" or "EPSV")
                {
                    if (verb == "EPSV" && arg.Equals("ALL", StringComparison.OrdinalIgnoreCase))
                    {
                        _extendedOnly = true;
                    }

                    int port = OpenListener();
                    Send(_extendedOnly ? $"[|229|] Entering Extended Passive Mode (|||{port}|)" : $"[|227|] Entering Passive Mode (127,0,0,1,{port >> 8},{port & 255})");
                }
                else if (verb == "RNFR")
                {
                    _renameFrom = arg;
                    Send(File.Exists(Path.Combine(Root, arg)) ? "[|350|] Ready for RNTO" : "[|550|] No such file");
                }
                else if (verb == "RNTO")
                {
                    if (_previousVerb != "RNFR" || _renameFrom == null)
                    {
                        Send("[|503|] Bad sequence of commands");
                    }
                    else
                    {
                        File.Move(Path.Combine(Root, _renameFrom), Path.Combine(Root, arg));
                        Send("[|250|] Rename successful");
                    }
                }
                else if (verb == "LIST" || verb == "NLST")
                {
                    Send(_dataTarget == null ? "[|425|] Use EPRT or EPSV first" : "[|150|] Here comes the directory listing");
                }
                else if (verb == "ABOR")
                {
                    if (_transfer == null)
                    {
                        Send("[|200|] No transfer to abort"); // FTP0004: 200 ABOR
                    }
                    else
                    {
                        _transfer.Dispose();
                        _transfer = null;
                        Send("[|226|] Abort successful");
                    }
                }
                else if (verb == "QUIT")
                {
                    Send("[|221|] Goodbye");
                    break;
                }
                else
                {
                    Send("[|502|] Command not implemented");
                }

                _previousVerb = verb;
            }

            _socket.Dispose();
        }

        private void Send(string reply) => _out.WriteLine(reply);

        private static int OpenListener()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start(1);
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
