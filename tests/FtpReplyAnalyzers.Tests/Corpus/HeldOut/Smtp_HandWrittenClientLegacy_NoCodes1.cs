// C# 5 style hand-written SMTP client over TcpClient: greeting, EHLO, STARTTLS, AUTH LOGIN and the mail transaction, checking numeric replies.
using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace HeldOut.SmtpClientLegacy1
{
    public class SmtpReplyException : Exception
    {
        public int Code;

        public SmtpReplyException(int code, string message)
            : base(message)
        {
            Code = code;
        }
    }

    public class TinySmtp
    {
        private Stream m_stream;
        private StreamReader m_reader;
        private StreamWriter m_writer;
        private string m_lastText = "";

        public void Connect(string host, string user, string password)
        {
            TcpClient tcp = new TcpClient(host, 25);
            m_stream = tcp.GetStream();
            Attach(m_stream);

            int code = ReadResponse();
            if (code != 220)
            {
                throw new SmtpReplyException(code, "bad greeting: " + m_lastText);
            }

            code = Send("EHLO " + Environment.MachineName);
            if (code != 250)
            {
                code = Send("HELO " + Environment.MachineName);
                if (code != 250)
                {
                    throw new SmtpReplyException(code, m_lastText);
                }
            }

            code = Send("STARTTLS");
            if (code == 220)
            {
                SslStream ssl = new SslStream(m_stream, false);
                ssl.AuthenticateAsClient(host);
                m_stream = ssl;
                Attach(m_stream);
                Send("EHLO " + Environment.MachineName);
            }

            code = Send("AUTH LOGIN");
            if (code == 334)
            {
                code = Send(Convert.ToBase64String(Encoding.UTF8.GetBytes(user)));
                if (code == 334)
                {
                    code = Send(Convert.ToBase64String(Encoding.UTF8.GetBytes(password)));
                }
            }
            if (code != 235)
            {
                throw new SmtpReplyException(code, "authentication failed: " + m_lastText);
            }
        }

        public void SendMail(string from, string to, string body)
        {
            int code = Send("MAIL FROM:<" + from + ">");
            if (code != 250)
            {
                throw new SmtpReplyException(code, m_lastText);
            }

            code = Send("RCPT TO:<" + to + ">");
            switch (code)
            {
                case 250:
                case 251:
                    break;
                case 450:
                case 451:
                    throw new SmtpReplyException(code, "try again later: " + m_lastText);
                case 550:
                    throw new SmtpReplyException(code, "mailbox unavailable: " + m_lastText);
                case 553:
                    throw new SmtpReplyException(code, "mailbox name not allowed");
                default:
                    throw new SmtpReplyException(code, m_lastText);
            }

            code = Send("DATA");
            if (code != 354)
            {
                throw new SmtpReplyException(code, m_lastText);
            }

            code = Send(body.Replace("\r\n.", "\r\n..") + "\r\n.");
            if (code != 250)
            {
                throw new SmtpReplyException(code, "message rejected: " + m_lastText);
            }
        }

        public void Quit()
        {
            if (Send("QUIT") != 221)
            {
                Console.WriteLine("server did not say goodbye");
            }
        }

        private void Attach(Stream s)
        {
            m_reader = new StreamReader(s, Encoding.ASCII);
            m_writer = new StreamWriter(s, Encoding.ASCII);
            m_writer.NewLine = "\r\n";
            m_writer.AutoFlush = true;
        }

        private int Send(string line)
        {
            m_writer.WriteLine(line);
            return ReadResponse();
        }

        private int ReadResponse()
        {
            string line;
            do
            {
                line = m_reader.ReadLine();
                if (line == null)
                {
                    throw new IOException("connection closed");
                }
            }
            while (line.Length > 3 && line[3] == '-');

            m_lastText = line.Length > 4 ? line.Substring(4) : "";
            return int.Parse(line.Substring(0, 3));
        }
    }
}
