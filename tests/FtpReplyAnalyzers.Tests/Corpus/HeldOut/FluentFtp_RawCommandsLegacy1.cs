// C# 5 style deployment helper that sends raw commands with FluentFTP's FtpClient.Execute (SITE CHMOD, MDTM, FEAT, SYST, STAT, HELP).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using FluentFTP;

namespace HeldOut.FluentRawCommands1
{
    public class DeployHelper
    {
        private const string ReadOnlyMode = "440";
        private readonly FtpClient _client;

        public DeployHelper(FtpClient client)
        {
            _client = client;
        }

        public bool LockDownDirectory(string sPath)
        {
            string sMode = "550";
            FtpReply oReply = _client.Execute("SITE CHMOD " + sMode + " " + sPath);
            if (oReply.Code == [|"200"|])
            {
                return true;
            }
            if (oReply.Code == [|"500"|] || oReply.Code == [|"502"|])
            {
                Console.WriteLine("Server has no SITE CHMOD");
                return false;
            }
            Console.WriteLine("CHMOD failed: " + oReply.Message);
            return false;
        }

        public bool MakeReadOnly(string sFile)
        {
            FtpReply oReply = _client.Execute(string.Format("SITE CHMOD {0} {1}", ReadOnlyMode, sFile));
            return oReply.Success;
        }

        public DateTime GetRemoteTimestamp(string sPath)
        {
            FtpReply oReply = _client.Execute("MDTM " + sPath);
            switch (oReply.Code)
            {
                case [|"213"|]:
                    return DateTime.ParseExact(oReply.Message.Trim(), "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                case [|"550"|]:
                    throw new FileNotFoundException("Remote file not found", sPath);
                default:
                    throw new InvalidOperationException("MDTM failed: " + oReply.ErrorMessage);
            }
        }

        public List<string> GetFeatures()
        {
            List<string> oFeatures = new List<string>();
            FtpReply oReply = _client.Execute("FEAT");
            if (oReply.Code != [|"211"|])
            {
                return oFeatures;
            }
            foreach (string sLine in oReply.InfoMessages.Split('\n'))
            {
                string sTrim = sLine.Trim();
                if (sTrim.Length > 0)
                {
                    oFeatures.Add(sTrim);
                }
            }
            return oFeatures;
        }

        public string GetSystemType()
        {
            FtpReply oReply = _client.Execute("SYST");
            if (oReply.Code.Equals([|"215"|]))
            {
                return oReply.Message;
            }
            return "UNKNOWN";
        }

        public string DirectoryStatus(string sPath)
        {
            FtpReply oReply = _client.Execute("STAT " + sPath);
            if (oReply.Code == [|"212"|] || oReply.Code == [|"213"|])
            {
                return oReply.InfoMessages;
            }
            return string.Empty;
        }

        public string SiteHelp()
        {
            FtpReply oReply = _client.Execute("HELP SITE");
            return oReply.Code == [|"214"|] ? oReply.InfoMessages : string.Empty;
        }
    }
}
