// Models a SIP user agent handling final and provisional SIP responses (180, 200, 401, 486, 503); these are SIP, not FTP.
using System;
using System.Threading.Tasks;

namespace Corpus.SipUserAgent1
{
    public sealed class SipResponse
    {
        public SipResponse(int statusCode, string reason)
        {
            StatusCode = statusCode;
            Reason = reason;
        }

        public int StatusCode { get; }
        public string Reason { get; }
    }

    public enum CallState
    {
        Trying,
        Ringing,
        Established,
        Busy,
        Failed,
    }

    public sealed class SipCall
    {
        private int _authAttempts;

        public int LocalPort { get; set; } = 5060;
        public CallState State { get; private set; } = CallState.Trying;

        public async Task OnResponseAsync(SipResponse response, Func<Task> resendWithCredentials)
        {
            switch (response.StatusCode)
            {
                case 100:
                    State = CallState.Trying;
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
                    if (_authAttempts++ == 0)
                    {
                        await resendWithCredentials();
                        return;
                    }

                    State = CallState.Failed;
                    break;
                case 486:
                case 600:
                    State = CallState.Busy;
                    break;
                case 503:
                    await Task.Delay(500);
                    State = CallState.Failed;
                    break;
                default:
                    State = CallState.Failed;
                    break;
            }
        }

        public static bool IsRedirect(SipResponse response) => response.StatusCode is 301 or 302;

        public static SipResponse Reply(int code, string reason) => new SipResponse(code, reason);

        public SipResponse AnswerIncoming(bool dnd) => dnd ? new SipResponse(486, "Busy Here") : new SipResponse(200, "OK");
    }
}
