// Models an FTP client's data channel negotiation: EPSV/PASV/LPSV fallback, EPRT/PORT active mode, and post-transfer error handling.
using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.DataChannel1
{
    public struct FtpResponseLine
    {
        public FtpResponseLine(int code, string message)
        {
            Code = code;
            Message = message;
        }

        public int Code { get; }
        public string Message { get; }
    }

    public interface IControlConnection
    {
        Task<FtpResponseLine> SendAsync(string command, CancellationToken ct);
        IPEndPoint LocalEndPoint { get; }
        IPEndPoint RemoteEndPoint { get; }
    }

    public enum DataMode
    {
        ExtendedPassive,
        Passive,
        LongPassive,
        ExtendedActive,
        Active,
    }

    public sealed class DataChannelNegotiator
    {
        private const int DefaultActiveSourcePort = 20;
        private readonly IControlConnection _control;
        private DataMode _mode = DataMode.ExtendedPassive;

        public DataChannelNegotiator(IControlConnection control)
        {
            _control = control;
        }

        public DataMode Mode => _mode;

        public async Task<IPEndPoint> OpenPassiveAsync(CancellationToken ct)
        {
            if (_mode == DataMode.ExtendedPassive)
            {
                var epsv = await _control.SendAsync("EPSV", ct).ConfigureAwait(false);
                if (epsv.Code == [|229|])
                {
                    var port = ParseEpsvPort(epsv.Message);
                    return new IPEndPoint(_control.RemoteEndPoint.Address, port);
                }

                if (epsv.Code is [|500|] or [|502|] or [|522|])
                {
                    _mode = DataMode.Passive;
                }
                else
                {
                    throw new InvalidOperationException("EPSV failed: " + epsv.Message);
                }
            }

            if (_control.RemoteEndPoint.AddressFamily == AddressFamily.InterNetworkV6)
            {
                var lpsv = await _control.SendAsync("LPSV", ct).ConfigureAwait(false);
                if (lpsv.Code != [|228|])
                {
                    throw new InvalidOperationException("server offers no IPv6 passive mode: " + lpsv.Message);
                }

                _mode = DataMode.LongPassive;
                return ParseLpsv(lpsv.Message);
            }

            var pasv = await _control.SendAsync("PASV", ct).ConfigureAwait(false);
            if (pasv.Code != [|227|])
            {
                throw new InvalidOperationException("PASV failed: " + pasv.Message);
            }

            return ParsePasv(pasv.Message);
        }

        public async Task<TcpListener> OpenActiveAsync(CancellationToken ct)
        {
            var local = _control.LocalEndPoint.Address;
            var listener = new TcpListener(local, 0);
            listener.Start(1);
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            if (_mode != DataMode.Active)
            {
                var af = local.AddressFamily == AddressFamily.InterNetworkV6 ? "2" : "1";
                var eprt = await _control.SendAsync("EPRT |" + af + "|" + local + "|" + port.ToString(CultureInfo.InvariantCulture) + "|", ct).ConfigureAwait(false);
                if (eprt.Code == [|200|])
                {
                    _mode = DataMode.ExtendedActive;
                    return listener;
                }

                if (eprt.Code != [|522|] && eprt.Code != [|500|] && eprt.Code != [|502|])
                {
                    listener.Stop();
                    throw new InvalidOperationException("EPRT failed: " + eprt.Message);
                }

                _mode = DataMode.Active;
            }

            var b = local.MapToIPv4().GetAddressBytes();
            var command = string.Format(CultureInfo.InvariantCulture, "PORT {0},{1},{2},{3},{4},{5}", b[0], b[1], b[2], b[3], port / 256, port % 256);
            var reply = await _control.SendAsync(command, ct).ConfigureAwait(false);
            if (reply.Code != [|200|])
            {
                listener.Stop();
                throw new InvalidOperationException("PORT failed: " + reply.Message);
            }

            return listener;
        }

        public async Task<Socket> AcceptActiveAsync(TcpListener listener, CancellationToken ct)
        {
            var socket = await listener.AcceptSocketAsync(ct).ConfigureAwait(false);
            var remote = (IPEndPoint)socket.RemoteEndPoint!;
            if (remote.Port != DefaultActiveSourcePort && remote.Port != 20)
            {
                Console.WriteLine("note: server connected from port " + remote.Port + " instead of the default data port");
            }

            return socket;
        }

        public bool ShouldSwitchModeAfter(FtpResponseLine transferReply)
        {
            if (transferReply.Code == [|425|])
            {
                // could not open the data connection: NAT or firewall in the way, try the other direction
                _mode = _mode is DataMode.Active or DataMode.ExtendedActive ? DataMode.Passive : DataMode.Active;
                return true;
            }

            return transferReply.Code == [|426|] && _mode == DataMode.Passive;
        }

        private static int ParseEpsvPort(string message)
        {
            var start = message.IndexOf('(');
            var end = message.IndexOf(')', start + 1);
            var delimiter = message[start + 1];
            var fields = message.Substring(start + 1, end - start - 1).Split(delimiter);
            return int.Parse(fields[3], CultureInfo.InvariantCulture);
        }

        private static IPEndPoint ParsePasv(string message)
        {
            var start = message.IndexOf('(');
            var end = message.IndexOf(')', start + 1);
            var p = message.Substring(start + 1, end - start - 1).Split(',');
            var address = IPAddress.Parse(p[0] + "." + p[1] + "." + p[2] + "." + p[3]);
            return new IPEndPoint(address, int.Parse(p[4], CultureInfo.InvariantCulture) * 256 + int.Parse(p[5], CultureInfo.InvariantCulture));
        }

        private static IPEndPoint ParseLpsv(string message)
        {
            var start = message.IndexOf('(');
            var end = message.IndexOf(')', start + 1);
            var p = message.Substring(start + 1, end - start - 1).Split(',');

            // af, hal, h1..h16, pal, p1, p2
            var hal = int.Parse(p[1], CultureInfo.InvariantCulture);
            var bytes = new byte[hal];
            for (var i = 0; i < hal; i++)
            {
                bytes[i] = byte.Parse(p[2 + i], CultureInfo.InvariantCulture);
            }

            var portIndex = 2 + hal + 1;
            var port = int.Parse(p[portIndex], CultureInfo.InvariantCulture) * 256 + int.Parse(p[portIndex + 1], CultureInfo.InvariantCulture);
            return new IPEndPoint(new IPAddress(bytes), port);
        }
    }
}
