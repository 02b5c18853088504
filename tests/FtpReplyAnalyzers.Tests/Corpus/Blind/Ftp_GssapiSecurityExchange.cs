// Models an RFC 2228 GSSAPI/Kerberos FTP login: AUTH/ADAT token loop, USER after security exchange, and 63x protected replies.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.GssapiFtp1
{
    public sealed class FtpControlReply
    {
        public FtpControlReply(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public interface IFtpControl
    {
        Task<FtpControlReply> SendAsync(string line, CancellationToken ct);
    }

    public interface ISecurityContext
    {
        byte[] InitialToken();
        byte[] Continue(byte[] serverToken);
        bool IsEstablished { get; }
        byte[] Unwrap(byte[] data, out bool confidential);
    }

    public sealed class GssapiFtpLogin
    {
        private const int MaxRoundTrips = 10;
        private readonly IFtpControl _control;
        private readonly ISecurityContext _context;

        public GssapiFtpLogin(IFtpControl control, ISecurityContext context)
        {
            _control = control;
            _context = context;
        }

        public async Task<bool> AuthenticateAsync(string user, Func<string, string> askPassword, CancellationToken ct)
        {
            var reply = await _control.SendAsync("AUTH GSSAPI", ct).ConfigureAwait(false);
            if (reply.Code != [|334|])
            {
                return false;
            }

            var token = _context.InitialToken();
            var established = false;
            for (var round = 0; round < MaxRoundTrips && !established; round++)
            {
                reply = await _control.SendAsync("ADAT " + Convert.ToBase64String(token), ct).ConfigureAwait(false);
                switch (reply.Code)
                {
                    case [|235|]:
                        established = true;
                        break;
                    case [|335|]:
                        token = _context.Continue(ParseAdat(reply.Text));
                        break;
                    case [|535|]:
                    case [|431|]:
                        return false;
                    default:
                        throw new InvalidOperationException("unexpected ADAT reply: " + reply.Code);
                }
            }

            if (!established)
            {
                return false;
            }

            reply = await _control.SendAsync("USER " + user, ct).ConfigureAwait(false);
            if (reply.Code == [|232|])
            {
                // authorized by the security data exchange, no password needed
                return true;
            }

            if (reply.Code == [|336|])
            {
                var response = askPassword(reply.Text);
                reply = await _control.SendAsync("PASS " + response, ct).ConfigureAwait(false);
            }
            else if (reply.Code == [|331|])
            {
                reply = await _control.SendAsync("PASS " + askPassword("Password: "), ct).ConfigureAwait(false);
            }

            return reply.Code == [|230|];
        }

        public static bool IsProtected(int code) => code switch
        {
            [|631|] => true,
            [|632|] => true,
            [|633|] => true,
            _ => false,
        };

        public FtpControlReply Unprotect(FtpControlReply wrapped)
        {
            if (!IsProtected(wrapped.Code))
            {
                return wrapped;
            }

            var payload = _context.Unwrap(Convert.FromBase64String(wrapped.Text.Trim()), out var confidential);
            if (wrapped.Code == [|632|] && !confidential)
            {
                throw new InvalidOperationException("ENC reply was not confidential");
            }

            var inner = System.Text.Encoding.UTF8.GetString(payload).TrimEnd('\r', '\n');
            var code = int.Parse(inner.AsSpan(0, 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            return new FtpControlReply(code, inner.Length > 4 ? inner.Substring(4) : string.Empty);
        }

        public async Task<bool> SendProtectedAsync(string command, CancellationToken ct)
        {
            var reply = Unprotect(await _control.SendAsync("MIC " + command, ct).ConfigureAwait(false));
            if (reply.Code == [|533|] || reply.Code == [|537|])
            {
                // protection level not accepted for this command
                return false;
            }

            return true;
        }

        private static byte[] ParseAdat(string text)
        {
            const string Marker = "ADAT=";
            var index = text.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            return index < 0 ? Array.Empty<byte>() : Convert.FromBase64String(text.Substring(index + Marker.Length).Trim());
        }
    }
}
