// SIP user-agent call handling: a UAS that answers INVITEs via SendResponse(int, string) and a UAC that switches on final response codes.
using System;
using System.Collections.Generic;

namespace HeldOut.SipCallHandler1
{
    public sealed class SipRequest
    {
        public string Method { get; set; } = "INVITE";
        public string CallId { get; set; } = string.Empty;
        public string To { get; set; } = string.Empty;
        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>();
    }

    public sealed class SipResponse
    {
        public int StatusCode { get; set; }
        public string Reason { get; set; } = string.Empty;
    }

    public interface ISipTransport
    {
        void Send(SipRequest request, SipResponse response);
    }

    public sealed class SipServerTransaction
    {
        private readonly ISipTransport _transport;
        private readonly SipRequest _request;

        public SipServerTransaction(ISipTransport transport, SipRequest request)
        {
            _transport = transport;
            _request = request;
        }

        public void SendResponse(int statusCode, string reason)
        {
            _transport.Send(_request, new SipResponse { StatusCode = statusCode, Reason = reason });
        }
    }

    public sealed class UserAgentServer
    {
        private readonly HashSet<string> _activeCalls = new HashSet<string>();
        private const int MaxConcurrentCalls = 2;

        public void OnRequest(SipServerTransaction tx, SipRequest request, bool dnd)
        {
            switch (request.Method)
            {
                case "INVITE":
                    tx.SendResponse(100, "Trying");
                    if (dnd)
                    {
                        tx.SendResponse(480, "Temporarily Unavailable");
                        return;
                    }
                    if (_activeCalls.Count >= MaxConcurrentCalls)
                    {
                        tx.SendResponse(486, "Busy Here");
                        return;
                    }
                    tx.SendResponse(180, "Ringing");
                    _activeCalls.Add(request.CallId);
                    tx.SendResponse(200, "OK");
                    break;
                case "BYE":
                    _activeCalls.Remove(request.CallId);
                    tx.SendResponse(200, "OK");
                    break;
                case "CANCEL":
                    tx.SendResponse(200, "OK");
                    break;
                case "REFER":
                    tx.SendResponse(202, "Accepted");
                    break;
                case "OPTIONS":
                    tx.SendResponse(_activeCalls.Count == 0 ? 200 : 486, "Status");
                    break;
                default:
                    tx.SendResponse(501, "Not Implemented");
                    break;
            }
        }
    }

    public enum CallOutcome
    {
        Ringing,
        Answered,
        Busy,
        NeedsAuth,
        Declined,
        Failed
    }

    public static class UserAgentClient
    {
        public static CallOutcome OnResponse(SipResponse response)
        {
            switch (response.StatusCode)
            {
                case 180:
                case 183:
                    return CallOutcome.Ringing;
                case 200:
                    return CallOutcome.Answered;
                case 486:
                case 600:
                    return CallOutcome.Busy;
                case 401:
                case 407:
                    return CallOutcome.NeedsAuth;
                case 603:
                    return CallOutcome.Declined;
                case 503:
                    // try the next proxy from DNS SRV
                    return CallOutcome.Failed;
                default:
                    return CallOutcome.Failed;
            }
        }
    }
}
