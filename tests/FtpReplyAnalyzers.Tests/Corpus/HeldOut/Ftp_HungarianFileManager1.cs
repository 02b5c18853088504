// Hungarian-notation FTP file manager that works through an IFtpConnection interface and checks _iCode after RNFR/RNTO/MKD/DELE/PWD.
using System;
using System.Collections.Generic;
using System.Threading;

namespace HeldOut.HungarianFtpManager1
{
    public interface IFtpConnection : IDisposable
    {
        bool IsOpen { get; }
        int SendCommand(string sCommand, out string sReplyText);
    }

    public class FtpFileManager
    {
        private readonly IFtpConnection m_oConn;
        private readonly List<string> m_lstErrors = new List<string>();
        private int _iCode;
        private string _sText = string.Empty;
        private int m_iParentRetries = 2;

        public FtpFileManager(IFtpConnection oConn)
        {
            m_oConn = oConn;
        }

        public IList<string> Errors
        {
            get { return m_lstErrors; }
        }

        public bool Rename(string sFrom, string sTo)
        {
            _iCode = m_oConn.SendCommand("RNFR " + sFrom, out _sText);
            if (_iCode != [|350|])
            {
                Log("RNFR");
                return false;
            }

            _iCode = m_oConn.SendCommand("RNTO " + sTo, out _sText);
            if (_iCode == [|250|])
            {
                return true;
            }

            if (_iCode == [|553|])
            {
                Log("RNTO: target name not allowed");
            }
            else if (_iCode == [|532|])
            {
                Log("RNTO: account needed for storing files");
            }
            else
            {
                Log("RNTO");
            }
            return false;
        }

        public bool MakeDir(string sPath)
        {
            _iCode = m_oConn.SendCommand("MKD " + sPath, out _sText);
            switch (_iCode)
            {
                case [|257|]:
                    return true;
                case [|521|]:
                    // already exists
                    return true;
                case [|550|]:
                    int iSlash = sPath.LastIndexOf('/');
                    if (iSlash > 0 && m_iParentRetries-- > 0 && MakeDir(sPath.Substring(0, iSlash)))
                    {
                        return MakeDir(sPath);
                    }
                    Log("MKD");
                    return false;
                default:
                    Log("MKD");
                    return false;
            }
        }

        public bool Delete(string sPath)
        {
            _iCode = m_oConn.SendCommand("DELE " + sPath, out _sText);
            if (_iCode == [|250|])
            {
                return true;
            }

            if (_iCode == [|450|])
            {
                Thread.Sleep(250);
                _iCode = m_oConn.SendCommand("DELE " + sPath, out _sText);
                return _iCode == [|250|];
            }

            Log("DELE");
            return false;
        }

        public bool RemoveDir(string sPath)
        {
            _iCode = m_oConn.SendCommand("RMD " + sPath, out _sText);
            return _iCode == [|250|];
        }

        public bool Up()
        {
            _iCode = m_oConn.SendCommand("CDUP", out _sText);
            return _iCode == [|200|] || _iCode == [|250|];
        }

        public string? CurrentDir()
        {
            _iCode = m_oConn.SendCommand("PWD", out _sText);
            if (_iCode != [|257|])
            {
                return null;
            }

            int iFirst = _sText.IndexOf('"');
            int iLast = _sText.LastIndexOf('"');
            return iLast > iFirst ? _sText.Substring(iFirst + 1, iLast - iFirst - 1) : null;
        }

        private void Log(string sWhat)
        {
            m_lstErrors.Add(string.Format("{0} failed ({1}): {2}", sWhat, _iCode, _sText));
        }
    }
}
