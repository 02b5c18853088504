// Models a console mirror tool (static Main) that checks FTP replies and maps failures to process exit codes.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Corpus.MirrorCli1
{
    internal static class Program
    {
        private static StreamReader? s_reader;
        private static StreamWriter? s_writer;

        private static int Main(string[] args)
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: mirror <host> <remote-dir> [port]");
                return 2;
            }

            int port = args.Length > 2 ? int.Parse(args[2]) : 21;
            using var tcp = new TcpClient(args[0], port);
            s_reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
            s_writer = new StreamWriter(tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            int greeting = Reply();
            if (greeting == [|120|])
            {
                // server says it will be ready in a few minutes; wait for the real greeting
                Thread.Sleep(250);
                greeting = Reply();
            }

            if (greeting == [|421|])
            {
                Console.Error.WriteLine("Server is busy.");
                Environment.Exit(421);
            }

            if (Send("USER anonymous") == [|331|] && Send("PASS mirror@example.org") != [|230|])
            {
                Console.Error.WriteLine("Anonymous login refused.");
                return 3;
            }

            if (Send("CWD " + args[1]) == [|550|])
            {
                Console.Error.WriteLine("Remote directory does not exist.");
                return 4;
            }

            for (int i = 0; i < 1000; i++)
            {
                if (i == 150)
                {
                    // keep the control connection alive on long listings
                    Send("NOOP");
                }
            }

            Send("QUIT");
            return 0;
        }

        private static int Send(string command)
        {
            s_writer!.WriteLine(command);
            return Reply();
        }

        private static int Reply()
        {
            string line = s_reader!.ReadLine() ?? "000";
            return int.Parse(line.Substring(0, 3));
        }
    }
}
