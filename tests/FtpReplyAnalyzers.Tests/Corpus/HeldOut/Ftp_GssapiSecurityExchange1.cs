// RFC 2228 security-extension client: AUTH GSSAPI / ADAT exchange, USER after security, and a decoder for 631/632/633 protected replies.
using System;
using System.Globalization;
using System.Text;

namespace HeldOut.GssapiFtp1
{
    public interface ISecurityContext
    {
        bool Complete { get; }
        byte[] Step(byte[]? serverToken);
        byte[] Wrap(byte[] data, bool confidential);
        byte[] Unwrap(byte[] token);
    }

    public interface IRawControl
    {
        (int Code, string Text) Send(string line);
    }

    public sealed class GssapiAuthenticator
    {
        private readonly IRawControl _ctl;
        private readonly ISecurityContext _ctx;

        public GssapiAuthenticator(IRawControl ctl, ISecurityContext ctx)
        {
            _ctl = ctl;
            _ctx = ctx;
        }

        public bool Authenticate(string user, Func<string, string> passwordForChallenge)
        {
            var (code, text) = _ctl.Send("AUTH GSSAPI");
            if (code == [|504|] || code == [|534|])
            {
                // mechanism unknown, or policy forbids it
                return false;
            }

            if (code != [|334|])
            {
                throw new InvalidOperationException("AUTH GSSAPI: " + text);
            }

            byte[]? serverToken = null;
            while (true)
            {
                var token = Convert.ToBase64String(_ctx.Step(serverToken));
                (code, text) = _ctl.Send("ADAT " + token);
                switch (code)
                {
                    case [|235|]:
                        return LoginAfterSecurityExchange(user, passwordForChallenge);
                    case [|335|]:
                        serverToken = ExtractAdat(text);
                        continue;
                    case [|535|]:
                        throw new UnauthorizedAccessException("failed security check: " + text);
                    case [|431|]:
                        throw new InvalidOperationException("security resource unavailable: " + text);
                    case [|501|]:
                        throw new FormatException("ADAT argument rejected: " + text);
                    case [|503|]:
                        throw new InvalidOperationException("ADAT sent out of sequence");
                    default:
                        throw new InvalidOperationException($"ADAT failed ({code}): {text}");
                }
            }
        }

        private bool LoginAfterSecurityExchange(string user, Func<string, string> passwordForChallenge)
        {
            var (code, text) = _ctl.Send("USER " + user);
            if (code == [|232|])
            {
                // logged in, authorized by the security data exchange
                return true;
            }

            if (code == [|331|] || code == [|336|])
            {
                var password = code == [|336|] ? passwordForChallenge(text) : passwordForChallenge(string.Empty);
                (code, text) = _ctl.Send("PASS " + password);
                return code == [|230|];
            }

            return false;
        }

        private static byte[] ExtractAdat(string text)
        {
            int at = text.IndexOf("ADAT=", StringComparison.Ordinal);
            return at < 0 ? Array.Empty<byte>() : Convert.FromBase64String(text.Substring(at + 5).Trim());
        }

        public (int Code, string Text) SendProtected(string command, bool confidential)
        {
            var wrapped = Convert.ToBase64String(_ctx.Wrap(Encoding.ASCII.GetBytes(command), confidential));
            var reply = _ctl.Send((confidential ? "ENC " : "MIC ") + wrapped);
            if (reply.Code == [|533|] || reply.Code == [|537|])
            {
                throw new InvalidOperationException("command protection level refused: " + reply.Text);
            }

            return ProtectedReplyDecoder.Decode(reply, _ctx);
        }
    }

    public static class ProtectedReplyDecoder
    {
        public static (int Code, string Text) Decode((int Code, string Text) reply, ISecurityContext ctx)
        {
            switch (reply.Code)
            {
                case [|631|]:
                case [|632|]:
                case [|633|]:
                    var plain = Encoding.ASCII.GetString(ctx.Unwrap(Convert.FromBase64String(reply.Text.Trim())));
                    int inner = int.Parse(plain.Substring(0, 3), CultureInfo.InvariantCulture);
                    return (inner, plain.Length > 4 ? plain.Substring(4).TrimEnd() : string.Empty);
                default:
                    return reply;
            }
        }
    }
}
