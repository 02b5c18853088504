// Models a SIP (RFC 3261) user agent: response status codes in switches, patterns and lambdas, plus responses built from ints on the UAS side.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Blind.SipUserAgent1
{
    public sealed class SipResponse
    {
        public SipResponse(int statusCode, string reasonPhrase)
        {
            StatusCode = statusCode;
            ReasonPhrase = reasonPhrase;
        }

        public int StatusCode { get; set; }
        public string ReasonPhrase { get; set; }
        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }

    public sealed class SipRequest
    {
        public string Method { get; set; } = "INVITE";
        public string Uri { get; set; } = string.Empty;
    }

    public enum CallState
    {
        Calling,
        Ringing,
        Established,
        Busy,
        Failed,
        Terminated,
    }

    public sealed class SipCall
    {
        public const int DefaultPort = 5060;
        public const int TlsPort = 5061;
        private readonly List<SipResponse> _responses = new List<SipResponse>();

        public CallState State { get; private set; } = CallState.Calling;

        public int AuthAttempts { get; private set; }

        public event Action<SipResponse>? ResponseReceived;

        public void OnResponse(SipResponse response)
        {
            _responses.Add(response);
            ResponseReceived?.Invoke(response);

            switch (response.StatusCode)
            {
                case 100:
                    break;
                case 180:
                case 183:
                    State = CallState.Ringing;
                    break;
                case 200:
                    State = CallState.Established;
                    break;
                case 401:
                case 407:
                    AuthAttempts++;
                    if (AuthAttempts == 3)
                    {
                        State = CallState.Failed;
                    }

                    break;
                case 486:
                case 600:
                    State = CallState.Busy;
                    break;
                case 487:
                    State = CallState.Terminated;
                    break;
                default:
                    if (response.StatusCode != 202)
                    {
                        State = CallState.Failed;
                    }

                    break;
            }
        }

        public bool WasRedirected() => _responses.Any(r => r.StatusCode == 302 || r.StatusCode == 301);

        public bool ServerOverloaded() => _responses.Any(r => r is { StatusCode: 503 } && r.Headers.ContainsKey("Retry-After"));

        public string Describe(SipResponse r) => r.StatusCode switch
        {
            200 => "answered",
            404 => "no such extension",
            480 => "temporarily unavailable",
            486 => "busy here",
            500 => "server internal error",
            501 => "method not implemented",
            502 => "bad gateway",
            503 => "service unavailable",
            _ => r.ReasonPhrase,
        };

        public static SipResponse Answer(SipRequest request, bool extensionExists, bool busy)
        {
            if (request.Method == "OPTIONS")
            {
                return new SipResponse(200, "OK");
            }

            if (request.Method != "INVITE" && request.Method != "BYE" && request.Method != "CANCEL")
            {
                return new SipResponse(501, "Not Implemented");
            }

            if (!extensionExists)
            {
                return new SipResponse(404, "Not Found");
            }

            var response = new SipResponse(180, "Ringing");
            if (busy)
            {
                response.StatusCode = 486;
                response.ReasonPhrase = "Busy Here";
            }

            return response;
        }
    }
}
