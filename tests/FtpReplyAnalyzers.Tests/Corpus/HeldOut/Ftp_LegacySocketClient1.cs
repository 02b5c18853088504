// Old-style C# 5 FTP client over TcpClient that keeps the last reply in m_nReplyCode and drives login and LIST with switch/case/break.
using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace HeldOut.LegacySocketClient1
{
    public class FtpConnectionException : Exception
    {
        private readonly int m_nCode;

        public FtpConnectionException(int nCode, string sMessage)
            : base(sMessage)
        {
            m_nCode = nCode;
        }

        public int Code
        {
            get { return m_nCode; }
        }
    }

    public class SimpleFtp : IDisposable
    {
        private const int BUFFER_SIZE = 512;

        private TcpClient m_oClient;
        private NetworkStream m_oStream;
        private StreamReader m_oReader;
        private int m_nReplyCode;
        private string m_sReplyText;
        private readonly string m_sHost;
        private readonly int m_nPort;

        public SimpleFtp(string sHost)
            : this(sHost, 21)
        {
        }

        public SimpleFtp(string sHost, int nPort)
        {
            m_sHost = sHost;
            m_nPort = nPort;
            m_sReplyText = string.Empty;
        }

        public int ReplyCode
        {
            get { return m_nReplyCode; }
        }

        public void Connect()
        {
            m_oClient = new TcpClient();
            m_oClient.ReceiveTimeout = 30000;
            m_oClient.Connect(m_sHost, m_nPort);
            m_oStream = m_oClient.GetStream();
            m_oReader = new StreamReader(m_oStream, Encoding.ASCII);

            ReadReply();
            if (m_nReplyCode == [|120|])
            {
                // "service ready in nnn minutes": the real greeting follows later
                ReadReply();
            }
            if (m_nReplyCode != [|220|])
            {
                throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }
        }

        public void Login(string sUser, string sPass)
        {
            SendCommand("USER " + sUser);
            switch (m_nReplyCode)
            {
                case [|230|]:
                    return;
                case [|331|]:
                    break;
                case [|530|]:
                    throw new FtpConnectionException(m_nReplyCode, "Login refused: " + m_sReplyText);
                default:
                    throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }

            SendCommand("PASS " + sPass);
            switch (m_nReplyCode)
            {
                case [|230|]:
                case [|202|]:
                    break;
                case [|332|]:
                    throw new FtpConnectionException(m_nReplyCode, "Account required: " + m_sReplyText);
                default:
                    throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }
        }

        public string[] List(string sPath)
        {
            SendCommand("TYPE A");
            if (m_nReplyCode != [|200|])
            {
                throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }

            SendCommand("PASV");
            if (m_nReplyCode != [|227|])
            {
                throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }

            IPEndPoint oEndPoint = ParsePasv(m_sReplyText);
            TcpClient oData = new TcpClient();
            oData.Connect(oEndPoint);

            SendCommand("LIST " + sPath);
            if (m_nReplyCode != [|150|] && m_nReplyCode != [|125|])
            {
                oData.Close();
                throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }

            StringBuilder oSb = new StringBuilder();
            byte[] aBuffer = new byte[BUFFER_SIZE];
            NetworkStream oDataStream = oData.GetStream();
            int nRead;
            while ((nRead = oDataStream.Read(aBuffer, 0, aBuffer.Length)) > 0)
            {
                oSb.Append(Encoding.ASCII.GetString(aBuffer, 0, nRead));
            }
            oData.Close();

            ReadReply();
            if (m_nReplyCode != [|226|] && m_nReplyCode != [|250|])
            {
                throw new FtpConnectionException(m_nReplyCode, m_sReplyText);
            }

            return oSb.ToString().Split(new string[] { "\r\n" }, StringSplitOptions.RemoveEmptyEntries);
        }

        public void Quit()
        {
            SendCommand("QUIT");
            if (m_nReplyCode != [|221|])
            {
                Console.WriteLine("QUIT answered with " + m_nReplyCode);
            }
            Thread.Sleep(250);
        }

        private static IPEndPoint ParsePasv(string sText)
        {
            int nStart = sText.IndexOf('(');
            int nEnd = sText.IndexOf(')');
            string[] aParts = sText.Substring(nStart + 1, nEnd - nStart - 1).Split(',');
            string sIp = aParts[0] + "." + aParts[1] + "." + aParts[2] + "." + aParts[3];
            int nPort = int.Parse(aParts[4]) * 256 + int.Parse(aParts[5]);
            return new IPEndPoint(IPAddress.Parse(sIp), nPort);
        }

        private void SendCommand(string sCommand)
        {
            byte[] aBytes = Encoding.ASCII.GetBytes(sCommand + "\r\n");
            m_oStream.Write(aBytes, 0, aBytes.Length);
            ReadReply();
        }

        private void ReadReply()
        {
            string sLine = m_oReader.ReadLine();
            if (sLine == null || sLine.Length < 3)
            {
                throw new IOException("Control connection closed");
            }

            m_nReplyCode = int.Parse(sLine.Substring(0, 3));
            if (sLine.Length > 3 && sLine[3] == '-')
            {
                string sTerminator = sLine.Substring(0, 3) + " ";
                while (true)
                {
                    sLine = m_oReader.ReadLine();
                    if (sLine == null || sLine.StartsWith(sTerminator))
                    {
                        break;
                    }
                }
            }
            m_sReplyText = sLine == null ? string.Empty : sLine;
        }

        public void Dispose()
        {
            if (m_oClient != null)
            {
                m_oClient.Close();
                m_oClient = null;
            }
        }
    }
}
