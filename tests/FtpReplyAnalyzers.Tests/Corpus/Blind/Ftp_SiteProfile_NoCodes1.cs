// Models an FTP client's site-manager profile: ports, TLS modes, passive ranges, timeouts, buffer sizes and named reply constants.
using System;
using System.Globalization;

namespace Blind.SiteProfile1
{
    public enum FtpEncryptionMode
    {
        None,
        Explicit,
        Implicit,
    }

    public static class FtpReplyCodes
    {
        public const int ServiceReady = 220;
        public const int ClosingDataConnection = 226;
        public const int UserLoggedIn = 230;
        public const int NotLoggedIn = 530;
        public const int FileUnavailable = 550;
    }

    public sealed class FtpSiteProfile
    {
        public const int DefaultPort = 21;
        public const int DefaultImplicitTlsPort = 990;
        public const int DefaultDataPort = 20;

        public string Name { get; set; } = "New site";
        public string Host { get; set; } = string.Empty;
        public int Port { get; set; } = DefaultPort;
        public FtpEncryptionMode Encryption { get; set; } = FtpEncryptionMode.Explicit;
        public int PassivePortMin { get; set; } = 50000;
        public int PassivePortMax { get; set; } = 51000;
        public int ConnectTimeoutSeconds { get; set; } = 20;
        public int DataTimeoutSeconds { get; set; } = 300;
        public int KeepAliveSeconds { get; set; } = 150;
        public int BufferSize { get; set; } = 4096;
        public int MaxConnections { get; set; } = 2;
        public int RetryCount { get; set; } = 3;
        public int RetryDelayMs { get; set; } = 500;
        public int SpeedLimitKiBps { get; set; }

        public void Normalize()
        {
            if (Port == 0)
            {
                Port = Encryption == FtpEncryptionMode.Implicit ? DefaultImplicitTlsPort : DefaultPort;
            }

            if (Port == 990 && Encryption == FtpEncryptionMode.Explicit)
            {
                // users often type 990 but keep "explicit"; implicit is what that port speaks
                Encryption = FtpEncryptionMode.Implicit;
            }

            if (Port == 2121 || Port == 8021)
            {
                Name = Name + " (alt port)";
            }

            if (BufferSize == 4096 || BufferSize < 1024)
            {
                BufferSize = 64 * 1024;
            }

            if (KeepAliveSeconds == 0 || KeepAliveSeconds > DataTimeoutSeconds)
            {
                KeepAliveSeconds = 150;
            }

            if (RetryDelayMs == 250)
            {
                RetryDelayMs = 500;
            }

            if (PassivePortMax - PassivePortMin < 200)
            {
                PassivePortMax = PassivePortMin + 200;
            }
        }

        public bool IsLoginFailure(int code) => code == FtpReplyCodes.NotLoggedIn;

        public bool IsMissingFile(int code) => code.Equals(FtpReplyCodes.FileUnavailable);

        public string DescribeGreeting(int code)
        {
            switch (code)
            {
                case FtpReplyCodes.ServiceReady:
                    return "server ready";
                case FtpReplyCodes.UserLoggedIn:
                    return "already logged in";
                default:
                    return "code " + code.ToString(CultureInfo.InvariantCulture);
            }
        }

        public string ToUri()
        {
            var scheme = Encryption == FtpEncryptionMode.Implicit ? "ftps" : "ftp";
            var portPart = (scheme == "ftp" && Port == 21) || (scheme == "ftps" && Port == 990) ? string.Empty : ":" + Port.ToString(CultureInfo.InvariantCulture);
            return scheme + "://" + Host + portPart + "/";
        }
    }
}
