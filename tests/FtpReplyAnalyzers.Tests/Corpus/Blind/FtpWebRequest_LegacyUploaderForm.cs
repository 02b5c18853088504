// Models a WinForms-era uploader form: designer layout numbers plus one long click handler that switches on FtpWebResponse status codes.
using System;
using System.Drawing;
using System.IO;
using System.Net;
using System.Threading;

namespace Blind.LegacyUploaderForm1
{
    // Minimal control shapes so the legacy form compiles without the WinForms assemblies.
    public class Control
    {
        public string Text { get; set; } = string.Empty;
        public Point Location { get; set; }
        public Size Size { get; set; }
        public int TabIndex { get; set; }
        public bool Enabled { get; set; } = true;
    }

    public class Label : Control { }

    public class TextBox : Control { }

    public class CheckBox : Control
    {
        public bool Checked { get; set; }
    }

    public class ProgressBar : Control
    {
        public int Minimum { get; set; }
        public int Maximum { get; set; } = 100;
        public int Value { get; set; }
    }

    public class ListBox : Control
    {
        public System.Collections.Generic.List<string> Items { get; } = new System.Collections.Generic.List<string>();
    }

    public class Form : Control
    {
        public Size ClientSize { get; set; }
        public static void DoEvents() { }
        public static void ShowMessage(string text, string caption) { }
    }

    public partial class frmUploader : Form
    {
        private Label lblStatus = new Label();
        private TextBox txtServer = new TextBox();
        private TextBox txtPort = new TextBox();
        private TextBox txtUser = new TextBox();
        private TextBox txtPass = new TextBox();
        private TextBox txtRemoteDir = new TextBox();
        private CheckBox chkPassive = new CheckBox();
        private CheckBox chkDeleteAfter = new CheckBox();
        private ProgressBar pbUpload = new ProgressBar();
        private ListBox lstFiles = new ListBox();
        private ListBox lstLog = new ListBox();

        public frmUploader()
        {
            InitializeComponent();
        }

        private void InitializeComponent()
        {
            this.lblStatus.Location = new Point(12, 226);
            this.lblStatus.Size = new Size(421, 20);
            this.lblStatus.TabIndex = 7;
            this.txtServer.Location = new Point(80, 12);
            this.txtServer.Size = new Size(250, 20);
            this.txtPort.Location = new Point(340, 12);
            this.txtPort.Size = new Size(50, 20);
            this.txtPort.Text = "21";
            this.pbUpload.Location = new Point(12, 200);
            this.pbUpload.Size = new Size(530, 20);
            this.lstFiles.Size = new Size(530, 150);
            this.ClientSize = new Size(550, 421);
            this.Text = "FTP Uploader v1.3";
        }

        private void Log(string s)
        {
            lstLog.Items.Add(DateTime.Now.ToString("HH:mm:ss") + "  " + s);
            Form.DoEvents();
        }

        private void btnUpload_Click(object sender, EventArgs e)
        {
            int i;
            int nOk = 0;
            int nFail = 0;
            string sFile;
            string sUrl;
            FtpWebRequest req;
            FtpWebResponse? resp = null;
            Stream? rs = null;
            FileStream? fs = null;
            byte[] buf = new byte[2048];
            int n;
            long total;
            long sent;
            int port;

            if (txtServer.Text.Trim() == "")
            {
                Form.ShowMessage("Please enter a server name", "Upload");
                return;
            }

            if (!int.TryParse(txtPort.Text, out port))
            {
                port = 21;
            }

            if (port == 990)
            {
                Form.ShowMessage("Implicit FTPS (port 990) is not supported, use port 21 with explicit TLS", "Upload");
                return;
            }

            lblStatus.Text = "Uploading...";
            pbUpload.Value = 0;

            for (i = 0; i < lstFiles.Items.Count; i++)
            {
                sFile = lstFiles.Items[i];
                sUrl = "ftp://" + txtServer.Text.Trim() + ":" + port + "/" + txtRemoteDir.Text.Trim('/') + "/" + Path.GetFileName(sFile);
                Log("Uploading " + sFile + " to " + sUrl);

                try
                {
                    req = (FtpWebRequest)WebRequest.Create(sUrl);
                    req.Method = WebRequestMethods.Ftp.UploadFile;
                    req.Credentials = new NetworkCredential(txtUser.Text, txtPass.Text);
                    req.UsePassive = chkPassive.Checked;
                    req.UseBinary = true;
                    req.Timeout = 20000;

                    fs = new FileStream(sFile, FileMode.Open, FileAccess.Read);
                    total = fs.Length;
                    sent = 0;
                    rs = req.GetRequestStream();
                    n = fs.Read(buf, 0, buf.Length);
                    while (n > 0)
                    {
                        rs.Write(buf, 0, n);
                        sent = sent + n;
                        pbUpload.Value = (int)(sent * 100 / Math.Max(total, 1));
                        if (pbUpload.Value == 100)
                        {
                            lblStatus.Text = "Waiting for server...";
                        }

                        Form.DoEvents();
                        n = fs.Read(buf, 0, buf.Length);
                    }

                    rs.Close();
                    rs = null;
                    fs.Close();
                    fs = null;

                    resp = (FtpWebResponse)req.GetResponse();
                    switch ((int)resp.StatusCode)
                    {
                        case [|226|]:
                        case [|250|]:
                            nOk = nOk + 1;
                            Log("OK: " + resp.StatusDescription);
                            break;
                        case [|150|]:
                        case [|125|]:
                            // some old servers answer the final reply late
                            Thread.Sleep(250);
                            nOk = nOk + 1;
                            break;
                        default:
                            nFail = nFail + 1;
                            Log("Unexpected answer: " + resp.StatusDescription);
                            break;
                    }

                    resp.Close();
                    resp = null;

                    if (chkDeleteAfter.Checked)
                    {
                        File.Delete(sFile);
                    }
                }
                catch (WebException ex)
                {
                    nFail = nFail + 1;
                    if (ex.Response != null)
                    {
                        resp = (FtpWebResponse)ex.Response;
                        switch (resp.StatusCode)
                        {
                            case (FtpStatusCode)[|530|]:
                                Log("Login failed - check user name and password");
                                i = lstFiles.Items.Count;
                                break;
                            case (FtpStatusCode)[|553|]:
                                Log("The server does not accept this file name");
                                break;
                            case (FtpStatusCode)[|552|]:
                            case (FtpStatusCode)[|452|]:
                                Log("Server disk is full!");
                                i = lstFiles.Items.Count;
                                break;
                            case (FtpStatusCode)[|550|]:
                                Log("Remote folder does not exist or no permission");
                                break;
                            case (FtpStatusCode)[|451|]:
                                Log("Server error, please try again");
                                break;
                            default:
                                Log("FTP error: " + resp.StatusDescription);
                                break;
                        }

                        resp.Close();
                        resp = null;
                    }
                    else
                    {
                        Log("Network error: " + ex.Message);
                    }
                }
                catch (IOException ex)
                {
                    nFail = nFail + 1;
                    Log("File error: " + ex.Message);
                }
                finally
                {
                    if (rs != null)
                    {
                        rs.Close();
                    }

                    if (fs != null)
                    {
                        fs.Close();
                    }
                }
            }

            pbUpload.Value = 100;
            lblStatus.Text = nOk + " uploaded, " + nFail + " failed";
            if (nFail == 0)
            {
                Form.ShowMessage("All files uploaded.", "Upload");
            }
        }
    }
}
