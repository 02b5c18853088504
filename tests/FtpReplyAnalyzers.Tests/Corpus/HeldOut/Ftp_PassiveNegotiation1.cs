// Client-side data connection negotiation: EPSV first, then LPSV, then PASV; active mode via EPRT with a PORT fallback.
using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HeldOut.PassiveNegotiation1
{
    public sealed class FtpLine
    {
        public FtpLine(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public interface IFtpControl
    {
        FtpLine Send(string command);
    }

    public sealed class DataChannelNegotiator
    {
        private readonly IFtpControl _ctl;

        public DataChannelNegotiator(IFtpControl ctl)
        {
            _ctl = ctl;
        }

        public IPEndPoint NegotiatePassive(IPAddress controlPeer)
        {
            FtpLine r = _ctl.Send("EPSV");
            if (r.Code == [|229|])
            {
                return new IPEndPoint(controlPeer, ParseEpsv(r.Text));
            }

            if (r.Code != [|500|] && r.Code != [|502|] && r.Code != [|522|])
            {
                throw new ProtocolViolationException("EPSV: " + r.Text);
            }

            r = _ctl.Send("LPSV");
            if (r.Code == [|228|])
            {
                return ParseLpsv(r.Text);
            }

            r = _ctl.Send("PASV");
            if (r.Code == [|227|])
            {
                return ParsePasv(r.Text);
            }

            throw new ProtocolViolationException("no passive mode available: " + r.Text);
        }

        public void NegotiateActive(IPEndPoint local)
        {
            string family = local.AddressFamily == AddressFamily.InterNetworkV6 ? "2" : "1";
            FtpLine r = _ctl.Send($"EPRT |{family}|{local.Address}|{local.Port}|");
            if (r.Code == [|200|])
            {
                return;
            }

            if (r.Code == [|522|] && local.AddressFamily == AddressFamily.InterNetwork)
            {
                byte[] b = local.Address.GetAddressBytes();
                r = _ctl.Send($"PORT {b[0]},{b[1]},{b[2]},{b[3]},{local.Port / 256},{local.Port % 256}");
                if (r.Code == [|200|])
                {
                    return;
                }
            }

            throw new ProtocolViolationException("active mode refused: " + r.Text);
        }

        private static int ParseEpsv(string text)
        {
            int a = text.IndexOf("|||", StringComparison.Ordinal);
            int b = text.IndexOf('|', a + 3);
            return int.Parse(text.Substring(a + 3, b - a - 3), CultureInfo.InvariantCulture);
        }

        private static int[] Numbers(string text)
        {
            int open = text.IndexOf('(');
            int close = text.IndexOf(')', open + 1);
            string[] parts = text.Substring(open + 1, close - open - 1).Split(',');
            int[] n = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                n[i] = int.Parse(parts[i].Trim(), CultureInfo.InvariantCulture);
            }
            return n;
        }

        private static IPEndPoint ParsePasv(string text)
        {
            int[] n = Numbers(text);
            if (n.Length != 6)
            {
                throw new FormatException("bad PASV reply: " + text);
            }
            var address = new IPAddress(new[] { (byte)n[0], (byte)n[1], (byte)n[2], (byte)n[3] });
            return new IPEndPoint(address, n[4] * 256 + n[5]);
        }

        private static IPEndPoint ParseLpsv(string text)
        {
            // (af, hal, h1..h_hal, pal, p1..p_pal); only IPv4 (af 4, hal 4) and IPv6 (af 6, hal 16)
            int[] n = Numbers(text);
            int hal = n[1];
            byte[] host = new byte[hal];
            for (int i = 0; i < hal; i++)
            {
                host[i] = (byte)n[2 + i];
            }
            int pal = n[2 + hal];
            int port = 0;
            for (int i = 0; i < pal; i++)
            {
                port = port * 256 + n[3 + hal + i];
            }
            return new IPEndPoint(new IPAddress(host), port);
        }
    }
}
