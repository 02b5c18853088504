// Models the permission-mirroring part of an FTP sync tool: octal mode strings for SITE CHMOD, UnixFileMode mapping and Windows error codes.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;

namespace Blind.PermissionMirror1
{
    public sealed class FtpPermissionMirror
    {
        private const int ErrorAccessDenied = 5;
        private const int ErrorSharingViolation = 32;
        private const int ErrorLockViolation = 33;
        private readonly List<string> _commands = new List<string>();

        public IReadOnlyList<string> PendingCommands => _commands;

        public static string ToOctal(UnixFileMode mode)
        {
            var value = (int)mode & 0x1FF;
            return Convert.ToString(value, 8).PadLeft(3, '0');
        }

        public static UnixFileMode FromOctal(string octal)
        {
            return (UnixFileMode)Convert.ToInt32(octal, 8);
        }

        public void QueueChmod(string remotePath, string mode)
        {
            if (mode == "550")
            {
                // read+execute for owner and group only: used for deployed script folders
                _commands.Add("SITE CHMOD " + mode + " " + remotePath);
                return;
            }

            if (mode.Equals("644", StringComparison.Ordinal) || mode.Equals("755", StringComparison.Ordinal))
            {
                // server default, nothing to send
                return;
            }

            if (mode is "600" or "400")
            {
                _commands.Add("SITE CHMOD " + mode + " " + remotePath);
                return;
            }

            _commands.Add("SITE CHMOD " + mode + " " + remotePath);
        }

        public string? ReadLocalMode(string localPath)
        {
            try
            {
                if (OperatingSystem.IsWindows())
                {
                    var attributes = File.GetAttributes(localPath);
                    return (attributes & FileAttributes.ReadOnly) != 0 ? "444" : "644";
                }

                return ToOctal(File.GetUnixFileMode(localPath));
            }
            catch (IOException ex) when ((ex.HResult & 0xFFFF) == ErrorSharingViolation || (ex.HResult & 0xFFFF) == ErrorLockViolation)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
            catch (Win32Exception ex) when (ex.NativeErrorCode == ErrorAccessDenied || ex.NativeErrorCode == 5)
            {
                return null;
            }
        }

        public bool IsLockedByAnotherProcess(IOException ex)
        {
            var win32 = ex.HResult & 0xFFFF;
            return win32 == 32 || win32 == 33;
        }

        public static bool OwnerCanWrite(string octal)
        {
            var owner = int.Parse(octal.Substring(0, 1), CultureInfo.InvariantCulture);
            return (owner & 2) == 2;
        }

        public static string Describe(string octal) => octal switch
        {
            "550" => "r-xr-x---",
            "750" => "rwxr-x---",
            "755" => "rwxr-xr-x",
            "644" => "rw-r--r--",
            _ => octal,
        };
    }
}
