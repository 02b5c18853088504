// Models a helper that turns FtpWebRequest failures into user messages using FtpStatusCode names, WebExceptionStatus, socket and Win32 error numbers.
using System;
using System.ComponentModel;
using System.IO;
using System.Net;
using System.Net.Sockets;

namespace Blind.FtpErrorTranslator1
{
    public static class FtpErrorTranslator
    {
        private const int WsaConnectionReset = 10054;
        private const int WsaTimedOut = 10060;
        private const int ErrorFileNotFound = 2;
        private const int ErrorAccessDenied = 5;
        private const int ErrorSharingViolation = 32;
        private const int ErrorDiskFull = 112;

        public static string Translate(Exception ex)
        {
            switch (ex)
            {
                case WebException web when web.Response is FtpWebResponse ftp:
                    return TranslateStatus(ftp.StatusCode, ftp.StatusDescription);
                case WebException web when web.Status == WebExceptionStatus.NameResolutionFailure:
                    return "The FTP server name could not be resolved.";
                case WebException web when web.Status == WebExceptionStatus.Timeout:
                    return "The FTP server did not answer in time.";
                case WebException web when web.InnerException is SocketException socket:
                    return TranslateSocket(socket);
                case SocketException socket:
                    return TranslateSocket(socket);
                case Win32Exception win32 when win32.NativeErrorCode == ErrorAccessDenied:
                    return "Access to the local file was denied.";
                case IOException io when (io.HResult & 0xFFFF) == ErrorSharingViolation:
                    return "The local file is open in another program.";
                case IOException io when (io.HResult & 0xFFFF) == ErrorDiskFull || (io.HResult & 0xFFFF) == 39:
                    return "The local disk is full.";
                case FileNotFoundException:
                    return "The local file does not exist.";
                case IOException io when (io.HResult & 0xFFFF) == ErrorFileNotFound:
                    return "The local file does not exist.";
                default:
                    return ex.Message;
            }
        }

        private static string TranslateStatus(FtpStatusCode status, string? description)
        {
            switch (status)
            {
                case FtpStatusCode.NotLoggedIn:
                    return "The user name or password was rejected.";
                case FtpStatusCode.ActionNotTakenFileUnavailable:
                    return "The file or folder does not exist on the server, or you may not access it.";
                case FtpStatusCode.ActionNotTakenFilenameNotAllowed:
                    return "The server does not allow this file name.";
                case FtpStatusCode.ActionNotTakenInsufficientSpace:
                case FtpStatusCode.FileActionAborted:
                    return "The server is out of disk space or over quota.";
                case FtpStatusCode.ServiceNotAvailable:
                    return "The server is busy or shutting down.";
                case FtpStatusCode.CantOpenData:
                case FtpStatusCode.ConnectionClosed:
                    return "The data connection failed; try switching passive mode.";
                default:
                    return "FTP error: " + description;
            }
        }

        private static string TranslateSocket(SocketException socket)
        {
            if (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.ErrorCode == 10061)
            {
                return "Nothing is listening on the FTP port (21?).";
            }

            if (socket.ErrorCode == WsaConnectionReset)
            {
                return "The server reset the connection.";
            }

            if (socket.ErrorCode == WsaTimedOut || socket.SocketErrorCode == SocketError.TimedOut)
            {
                return "The connection timed out.";
            }

            if (socket.ErrorCode == 10065)
            {
                return "No route to the FTP server.";
            }

            return "Network error " + socket.ErrorCode + ".";
        }
    }
}
