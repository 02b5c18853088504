// Explicit FTPS upgrade (AUTH TLS, PBSZ, PROT, CCC) on a raw control connection, written with terse names (c, rc, m, n).
using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading.Tasks;

namespace HeldOut.ExplicitFtps1
{
    sealed class Ctl
    {
        Stream s;
        StreamReader rd;
        StreamWriter wr;

        public Ctl(Stream s)
        {
            this.s = s;
            rd = new StreamReader(s, Encoding.ASCII);
            wr = new StreamWriter(s, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public Stream Raw => s;

        public void Swap(Stream ns)
        {
            s = ns;
            rd = new StreamReader(ns, Encoding.ASCII);
            wr = new StreamWriter(ns, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public async Task<(int rc, string m)> Cmd(string c)
        {
            await wr.WriteLineAsync(c);
            return await Read();
        }

        public async Task<(int rc, string m)> Read()
        {
            var l = await rd.ReadLineAsync() ?? throw new IOException("eof on control connection");
            int n = int.Parse(l.AsSpan(0, 3));
            while (l.Length > 3 && l[3] == '-')
            {
                var nx = await rd.ReadLineAsync() ?? throw new IOException("eof in multi-line reply");
                if (nx.Length > 3 && nx[3] == ' ' && nx.AsSpan(0, 3).SequenceEqual(l.AsSpan(0, 3)))
                {
                    l = nx;
                }
            }
            return (n, l.Length > 4 ? l[4..] : "");
        }
    }

    static class Ftps
    {
        public static async Task<Ctl> Open(string host, bool implicitTls)
        {
            int port = implicitTls ? 990 : 21;
            var tcp = new TcpClient();
            await tcp.ConnectAsync(host, port);
            Stream st = tcp.GetStream();
            if (implicitTls)
            {
                var ssl = new SslStream(st, false);
                await ssl.AuthenticateAsClientAsync(host);
                st = ssl;
            }

            var c = new Ctl(st);
            var (rc, m) = await c.Read();
            if (rc != [|220|])
                throw new IOException($"greeting {rc}: {m}");
            return implicitTls ? c : await Upgrade(c, host, requireProtP: true);
        }

        public static async Task<Ctl> Upgrade(Ctl c, string host, bool requireProtP)
        {
            var (rc, m) = await c.Cmd("AUTH TLS");
            if (rc == [|504|] || rc == [|502|] || rc == [|500|])
                throw new AuthenticationException("server does not offer AUTH TLS: " + m);
            if (rc == [|534|])
                throw new AuthenticationException("server policy refuses TLS: " + m);
            if (rc != [|234|])
                throw new AuthenticationException($"AUTH refused ({rc}): {m}");

            var ssl = new SslStream(c.Raw, false);
            await ssl.AuthenticateAsClientAsync(host);
            c.Swap(ssl);

            (rc, m) = await c.Cmd("PBSZ 0");
            if (rc != [|200|])
                throw new AuthenticationException("PBSZ: " + m);

            (rc, m) = await c.Cmd(requireProtP ? "PROT P" : "PROT C");
            switch (rc)
            {
                case [|200|]:
                    break;
                case [|534|]:
                    throw new AuthenticationException("PROT level refused by policy: " + m);
                case [|536|]:
                    throw new AuthenticationException("PROT level not supported by mechanism: " + m);
                case [|504|]:
                    throw new AuthenticationException("unknown PROT level: " + m);
                case [|431|]:
                    throw new AuthenticationException("security resource unavailable: " + m);
                default:
                    throw new AuthenticationException($"PROT ({rc}): {m}");
            }

            return c;
        }

        public static async Task<bool> ClearCommandChannel(Ctl c, Stream plain)
        {
            var (rc, _) = await c.Cmd("CCC");
            if (rc == [|533|])
                return false;
            if (rc != [|200|])
                throw new IOException("CCC failed with " + rc);
            c.Swap(plain);
            return true;
        }

        public static async Task CheckDataProtection(Ctl c, string listCommand)
        {
            var (rc, m) = await c.Cmd(listCommand);
            if (rc == [|522|])
                throw new AuthenticationException("server requires TLS on the data connection (PROT P): " + m);
            if (rc == [|521|])
                throw new AuthenticationException("data connection cannot be opened with this PROT setting: " + m);
        }
    }
}
