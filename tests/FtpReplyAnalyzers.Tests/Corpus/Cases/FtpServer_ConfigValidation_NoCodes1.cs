// Models validation of an FTP server's configuration: ports, passive ranges, limits and timeouts (no reply codes).
using System;
using System.Collections.Generic;

namespace Corpus.MyServer8.Ftp.Configuration
{
    public sealed class FtpServerSettings
    {
        public int ControlPort { get; set; } = 21;
        public int ImplicitTlsPort { get; set; } = 990;
        public int PassivePortMin { get; set; } = 50000;
        public int PassivePortMax { get; set; } = 50500;
        public int MaxConnections { get; set; } = 200;
        public int IdleTimeoutSeconds { get; set; } = 300;
        public int LoginDelayMs { get; set; } = 500;
        public int MaxLoginFailures { get; set; } = 3;
        public int MaxCommandLineLength { get; set; } = 512;
    }

    public static class FtpServerSettingsValidator
    {
        public static IReadOnlyList<string> Validate(FtpServerSettings s)
        {
            var errors = new List<string>();

            if (s.ControlPort == s.ImplicitTlsPort)
            {
                errors.Add("Control port and implicit TLS port must differ.");
            }

            if (s.ControlPort != 21 && s.ControlPort != 2121 && s.ControlPort < 1024)
            {
                errors.Add("Privileged non-standard control port.");
            }

            if (s.ImplicitTlsPort != 990)
            {
                Console.WriteLine("Warning: implicit FTPS on a non-standard port.");
            }

            if (s.PassivePortMax - s.PassivePortMin + 1 < s.MaxConnections)
            {
                errors.Add("Passive port range smaller than the connection limit.");
            }

            if (s.MaxConnections == 0)
            {
                errors.Add("MaxConnections must be positive.");
            }

            if (s.LoginDelayMs == 500 && s.MaxLoginFailures == 3)
            {
                Console.WriteLine("Using default brute-force protection.");
            }

            if (s.MaxCommandLineLength < 512)
            {
                errors.Add("RFC 959 clients may send command lines up to 512 characters.");
            }

            if (s.IdleTimeoutSeconds == 0 || s.IdleTimeoutSeconds > 7200)
            {
                errors.Add("Idle timeout out of range.");
            }

            return errors;
        }
    }
}
