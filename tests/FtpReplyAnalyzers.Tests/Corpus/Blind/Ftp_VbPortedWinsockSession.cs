// Models a VB6 Winsock FTP module ported to C#: module-level state, Left/Mid helpers and one long Select Case style login/upload routine.
using System;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Blind.VbPortedFtp1
{
    public static class modFtp
    {
        public static string gstrServer = "";
        public static int glngPort = 21;
        public static string gstrUser = "";
        public static string gstrPass = "";
        public static string gstrAcct = "";
        public static string gstrLastReply = "";
        public static int gintLastCode;
        public static bool gblnConnected;
        private static TcpClient? sckControl;
        private static StreamReader? rdr;
        private static NetworkStream? ns;

        private static string Left(string s, int n) => s.Length <= n ? s : s.Substring(0, n);

        private static string Mid(string s, int start) => start - 1 >= s.Length ? "" : s.Substring(start - 1);

        private static int Val(string s)
        {
            int v;
            return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out v) ? v : 0;
        }

        private static void SendLine(string s)
        {
            var b = Encoding.ASCII.GetBytes(s + "\r\n");
            ns!.Write(b, 0, b.Length);
        }

        private static string GetReplyLine()
        {
            string? l = rdr!.ReadLine();
            string strAll = l ?? "";
            if (strAll.Length > 3 && Mid(strAll, 4).StartsWith("-", StringComparison.Ordinal))
            {
                string strCode = Left(strAll, 3);
                do
                {
                    l = rdr.ReadLine();
                    if (l == null)
                    {
                        break;
                    }

                    strAll = strAll + "\r\n" + l;
                }
                while (!(Left(l, 3) == strCode && Mid(l, 4).StartsWith(" ", StringComparison.Ordinal)));
            }

            gstrLastReply = strAll;
            gintLastCode = Val(Left(strAll, 3));
            return strAll;
        }

        public static bool FtpLoginAndUpload(string strLocalFile, string strRemoteDir)
        {
            int intRetry = 0;
            int intStep = 0;
            string strResp;
            bool blnDone = false;
            bool blnOk = false;

        Retry:
            try
            {
                sckControl = new TcpClient();
                sckControl.Connect(gstrServer, glngPort);
                ns = sckControl.GetStream();
                rdr = new StreamReader(ns, Encoding.Default);
                gblnConnected = true;
            }
            catch (SocketException ex)
            {
                if (ex.ErrorCode == 10060 || ex.ErrorCode == 10061)
                {
                    intRetry = intRetry + 1;
                    if (intRetry == 3)
                    {
                        Console.WriteLine("Can not connect to " + gstrServer);
                        return false;
                    }

                    Thread.Sleep(1000);
                    goto Retry;
                }

                throw;
            }

            strResp = GetReplyLine();
            intStep = 1;

            while (!blnDone)
            {
                switch (Val(Left(strResp, 3)))
                {
                    case [|220|]:
                        SendLine("USER " + gstrUser);
                        intStep = 2;
                        break;
                    case [|331|]:
                        SendLine("PASS " + gstrPass);
                        intStep = 3;
                        break;
                    case [|332|]:
                        SendLine("ACCT " + gstrAcct);
                        intStep = 4;
                        break;
                    case [|230|]:
                    case [|202|]:
                        blnDone = true;
                        blnOk = true;
                        break;
                    case [|530|]:
                        Console.WriteLine("Login incorrect at step " + intStep);
                        blnDone = true;
                        break;
                    case [|421|]:
                        Console.WriteLine("Server busy");
                        blnDone = true;
                        break;
                    default:
                        Console.WriteLine("Unexpected: " + strResp);
                        blnDone = true;
                        break;
                }

                if (!blnDone)
                {
                    strResp = GetReplyLine();
                }
            }

            if (!blnOk)
            {
                sckControl.Close();
                gblnConnected = false;
                return false;
            }

            SendLine("CWD " + strRemoteDir);
            GetReplyLine();
            if (gintLastCode == [|550|])
            {
                SendLine("MKD " + strRemoteDir);
                GetReplyLine();
                if (gintLastCode != [|257|] && gintLastCode != [|521|])
                {
                    Console.WriteLine("Can not create " + strRemoteDir);
                    return false;
                }

                SendLine("CWD " + strRemoteDir);
                GetReplyLine();
            }

            if (gintLastCode != [|250|])
            {
                Console.WriteLine("CWD failed: " + gstrLastReply);
                return false;
            }

            SendLine("TYPE I");
            GetReplyLine();

            SendLine("PASV");
            strResp = GetReplyLine();
            if (gintLastCode != [|227|])
            {
                return false;
            }

            int p1 = strResp.IndexOf('(');
            int p2 = strResp.IndexOf(')');
            string[] arr = strResp.Substring(p1 + 1, p2 - p1 - 1).Split(',');
            int lngDataPort = Val(arr[4]) * 256 + Val(arr[5]);

            TcpClient sckData = new TcpClient();
            sckData.Connect(gstrServer, lngDataPort);

            SendLine("STOR " + Path.GetFileName(strLocalFile));
            GetReplyLine();
            if (gintLastCode == [|150|] || gintLastCode == [|125|])
            {
                byte[] bytData = File.ReadAllBytes(strLocalFile);
                NetworkStream dns = sckData.GetStream();
                int i = 0;
                while (i < bytData.Length)
                {
                    int intLen = Math.Min(4096, bytData.Length - i);
                    dns.Write(bytData, i, intLen);
                    i = i + intLen;
                }

                dns.Close();
                sckData.Close();
                GetReplyLine();
                if (gintLastCode == [|226|])
                {
                    blnOk = true;
                }
                else if (gintLastCode == [|532|])
                {
                    Console.WriteLine("Server needs an account for storing files");
                    blnOk = false;
                }
                else
                {
                    blnOk = false;
                }
            }
            else
            {
                sckData.Close();
                blnOk = false;
            }

            SendLine("QUIT");
            GetReplyLine();
            sckControl.Close();
            gblnConnected = false;
            return blnOk;
        }
    }
}
