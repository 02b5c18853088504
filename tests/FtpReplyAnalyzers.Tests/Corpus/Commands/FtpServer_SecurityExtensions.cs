// Models the security and extension commands of an FTPS server (RFC 2228 / RFC 4217 AUTH, ADAT, PBSZ, PROT, CCC, RFC 2428 EPRT, RFC 1639 LPSV) in one case section per verb.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace Commands.FtpServerSecurityExtensions1
{
    public enum ProtectionLevel
    {
        Clear,
        Safe,
        Confidential,
        Private,
    }

    public sealed class SecureSessionState
    {
        public bool TlsActive { get; set; }
        public bool PbszSeen { get; set; }
        public ProtectionLevel DataProtection { get; set; } = ProtectionLevel.Clear;
        public bool RequireTls { get; init; } = true;
        public bool AllowClearCommandChannel { get; init; }
        public X509Certificate2? ClientCertificate { get; set; }
        public IPEndPoint? ActiveTarget { get; set; }
        public string? User { get; set; }
    }

    public sealed class SecurityCommandHandler
    {
        private readonly SecureSessionState _state;
        private readonly StreamWriter _writer;
        private readonly bool _certificateAvailable;

        public SecurityCommandHandler(SecureSessionState state, Stream control, bool certificateAvailable)
        {
            _state = state;
            _writer = new StreamWriter(control, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            _certificateAvailable = certificateAvailable;
        }

        public async Task HandleAsync(string verb, string arg)
        {
            switch (verb)
            {
                case "AUTH":
                    string mechanism = arg.ToUpperInvariant();
                    if (mechanism is "TLS" or "TLS-C" or "SSL")
                    {
                        if (!_certificateAvailable)
                        {
                            await ReplyAsync([|431|], "Server certificate unavailable.");
                            break;
                        }

                        await ReplyAsync([|234|], "AUTH " + mechanism + " OK, starting TLS.");
                        _state.TlsActive = true;
                    }
                    else if (mechanism == "GSSAPI")
                    {
                        await ReplyAsync([|334|], "Using authentication type GSSAPI; ADAT must follow.");
                    }
                    else if (mechanism.Length == 0)
                    {
                        await ReplyAsync([|501|], "AUTH needs a mechanism.");
                    }
                    else
                    {
                        await ReplyAsync([|504|], "Mechanism " + mechanism + " not understood.");
                    }

                    break;

                case "ADAT":
                    if (!arg.StartsWith("YII", StringComparison.Ordinal))
                    {
                        await ReplyAsync([|501|], "ADAT needs base64 security data.");
                    }
                    else
                    {
                        await ReplyAsync(arg.Length > 64 ? [|235|] : [|335|], "ADAT=" + Convert.ToBase64String(Encoding.ASCII.GetBytes("token")));
                    }

                    break;

                case "USER":
                    _state.User = arg;
                    if (_state.ClientCertificate != null && _state.ClientCertificate.Subject.Contains("CN=" + arg, StringComparison.Ordinal))
                    {
                        await ReplyAsync([|232|], "User " + arg + " logged in, authorized by security data exchange.");
                    }
                    else if (_state.TlsActive)
                    {
                        await ReplyAsync([|331|], "Password required for " + arg + ".");
                    }
                    else
                    {
                        await ReplyAsync([|530|], "TLS required before USER.");
                    }

                    break;

                case "PBSZ":
                    if (!_state.TlsActive)
                    {
                        await ReplyAsync([|503|], "PBSZ only after AUTH TLS.");
                    }
                    else if (!long.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    {
                        await ReplyAsync([|501|], "PBSZ needs a number.");
                    }
                    else
                    {
                        _state.PbszSeen = true;
                        await ReplyAsync([|200|], "PBSZ=0");
                    }

                    break;

                case "PROT":
                    if (!_state.PbszSeen)
                    {
                        await ReplyAsync([|503|], "PROT only after PBSZ.");
                        break;
                    }

                    switch (arg.ToUpperInvariant())
                    {
                        case "P":
                            _state.DataProtection = ProtectionLevel.Private;
                            await ReplyAsync([|200|], "Protection level set to P.");
                            break;
                        case "C":
                            if (_state.RequireTls)
                            {
                                await ReplyAsync([|534|], "Clear data channel refused by policy.");
                                break;
                            }

                            _state.DataProtection = ProtectionLevel.Clear;
                            await ReplyAsync([|200|], "Protection level set to C.");
                            break;
                        case "S":
                        case "E":
                            await ReplyAsync([|536|], "Level " + arg + " not supported by TLS.");
                            break;
                        default:
                            await ReplyAsync([|504|], "Unknown protection level " + arg + ".");
                            break;
                    }

                    break;

                case "CCC":
                    if (!_state.TlsActive)
                    {
                        await ReplyAsync([|533|], "Command channel is not protected.");
                    }
                    else if (!_state.AllowClearCommandChannel)
                    {
                        await ReplyAsync([|534|], "CCC refused by policy.");
                    }
                    else
                    {
                        await ReplyAsync([|200|], "Command channel cleared.");
                        _state.TlsActive = false;
                    }

                    break;

                case "EPRT":
                    string[] f = arg.Length > 1 ? arg.Split(arg[0]) : Array.Empty<string>();
                    if (f.Length != 5)
                    {
                        await ReplyAsync([|501|], "Malformed EPRT argument.");
                    }
                    else if (f[1] is not ("1" or "2"))
                    {
                        await ReplyAsync([|522|], "Network protocol not supported, use (1,2)");
                    }
                    else
                    {
                        _state.ActiveTarget = new IPEndPoint(IPAddress.Parse(f[2]), int.Parse(f[3], CultureInfo.InvariantCulture));
                        await ReplyAsync([|200|], "EPRT command successful.");
                    }

                    break;

                case "LPSV":
                    var listener = new TcpListener(IPAddress.Any, 0);
                    listener.Start(1);
                    int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    await _writer.WriteLineAsync($"[|228|] Entering Long Passive Mode (4,4,127,0,0,1,2,{port >> 8},{port & 255})");
                    break;

                case "MIC":
                case "CONF":
                case "ENC":
                    await ReplyAsync(_state.TlsActive ? [|533|] : [|535|], verb + " not usable with this mechanism.");
                    break;

                default:
                    await ReplyAsync([|502|], verb + " not implemented.");
                    break;
            }
        }

        private Task ReplyAsync(int code, string text) => _writer.WriteLineAsync(code.ToString(CultureInfo.InvariantCulture) + " " + text);
    }
}
