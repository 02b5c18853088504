// Models an RTSP camera control client and a SIP trunk helper with their own status tables and status-line checks (no FTP).
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Idioms.SipRtspStatusTables1
{
    public static class RtspStatus
    {
        public static readonly IReadOnlyDictionary<int, string> Reasons = new Dictionary<int, string>
        {
            [200] = "OK",
            [250] = "Low on Storage Space",
            [302] = "Moved Temporarily",
            [401] = "Unauthorized",
            [451] = "Parameter Not Understood",
            [453] = "Not Enough Bandwidth",
            [454] = "Session Not Found",
            [455] = "Method Not Valid in This State",
            [461] = "Unsupported Transport",
            [500] = "Internal Server Error",
            [503] = "Service Unavailable",
            [551] = "Option not supported",
        };

        public static string StatusLine(int code) => "RTSP/1.0 " + code.ToString(CultureInfo.InvariantCulture) + " " + Reasons[code];
    }

    public sealed class RtspCameraClient
    {
        private int _cseq;

        public string? Session { get; private set; }

        public int Port { get; init; } = 554;

        public string BuildSetup(string url) => $"SETUP {url} RTSP/1.0\r\nCSeq: {++_cseq}\r\nTransport: RTP/AVP;unicast;client_port=8000-8001\r\n\r\n";

        public bool HandleSetupResponse(string statusLine, string? sessionHeader)
        {
            if (statusLine.StartsWith("RTSP/1.0 200", StringComparison.Ordinal))
            {
                Session = sessionHeader?.Split(';')[0];
                return true;
            }

            int code = int.Parse(statusLine.Substring(9, 3), CultureInfo.InvariantCulture);
            return code switch
            {
                461 => throw new NotSupportedException("camera refuses RTP/AVP over UDP"),
                454 => false,
                451 or 551 => throw new ArgumentException(RtspStatus.Reasons[code]),
                _ => false,
            };
        }

        public bool StorageLow(string statusLine) => statusLine.StartsWith("RTSP/1.0 250");
    }

    public sealed class SipTrunkHelper
    {
        public string Reply(string requestLine, bool busy)
        {
            string reply = "SIP/2.0 200 OK";
            if (requestLine.StartsWith("INVITE ", StringComparison.Ordinal) && busy)
            {
                reply = "SIP/2.0 486 Busy Here";
            }
            else if (requestLine.StartsWith("SUBSCRIBE "))
            {
                reply = "SIP/2.0 489 Bad Event";
            }

            return reply;
        }

        public bool IsRinging(string statusLine) => statusLine.StartsWith("SIP/2.0 180") || statusLine.StartsWith("SIP/2.0 183");

        public bool ShouldFailOver(int statusCode) => statusCode == 503 || statusCode == 408 || statusCode == 500;

        public TimeSpan RetryAfter(int statusCode) => statusCode == 503 ? TimeSpan.FromSeconds(32) : TimeSpan.FromMilliseconds(500);
    }
}
