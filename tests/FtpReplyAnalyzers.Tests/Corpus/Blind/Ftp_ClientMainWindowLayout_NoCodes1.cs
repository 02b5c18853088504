// Models designer-style layout code of an FTP client's main window: sizes, locations, column widths, timer intervals, splitter positions.
using System;
using System.Collections.Generic;
using System.Drawing;

namespace Blind.FtpClientWindowLayout1
{
    public class Widget
    {
        public string Name { get; set; } = string.Empty;
        public Point Location { get; set; }
        public Size Size { get; set; }
        public int TabIndex { get; set; }
        public bool Visible { get; set; } = true;
    }

    public sealed class ColumnHeader
    {
        public ColumnHeader(string text, int width)
        {
            Text = text;
            Width = width;
        }

        public string Text { get; }
        public int Width { get; set; }
    }

    public sealed class FileListView : Widget
    {
        public List<ColumnHeader> Columns { get; } = new List<ColumnHeader>();
    }

    public sealed class UiTimer
    {
        public int Interval { get; set; }
        public bool Enabled { get; set; }
    }

    public sealed class SplitPanel : Widget
    {
        public int SplitterDistance { get; set; }
        public int Panel1MinSize { get; set; }
    }

    public partial class FtpMainWindow : Widget
    {
        private readonly FileListView _localFiles = new FileListView();
        private readonly FileListView _remoteFiles = new FileListView();
        private readonly Widget _messageLog = new Widget();
        private readonly Widget _queue = new Widget();
        private readonly SplitPanel _split = new SplitPanel();
        private readonly UiTimer _queueRefresh = new UiTimer();
        private readonly UiTimer _keepAlive = new UiTimer();

        public Size ClientSize { get; set; }

        public Size MinimumSize { get; set; }

        public FtpMainWindow()
        {
            InitializeComponent();
        }

        private void InitializeComponent()
        {
            _messageLog.Name = "messageLog";
            _messageLog.Location = new Point(0, 0);
            _messageLog.Size = new Size(1024, 150);
            _messageLog.TabIndex = 0;

            _split.Name = "split";
            _split.Location = new Point(0, 150);
            _split.Size = new Size(1024, 421);
            _split.SplitterDistance = 502;
            _split.Panel1MinSize = 250;
            _split.TabIndex = 1;

            _localFiles.Name = "localFiles";
            _localFiles.Columns.Add(new ColumnHeader("Filename", 220));
            _localFiles.Columns.Add(new ColumnHeader("Filesize", 80));
            _localFiles.Columns.Add(new ColumnHeader("Filetype", 120));
            _localFiles.Columns.Add(new ColumnHeader("Last modified", 150));
            _localFiles.TabIndex = 2;

            _remoteFiles.Name = "remoteFiles";
            _remoteFiles.Columns.Add(new ColumnHeader("Filename", 220));
            _remoteFiles.Columns.Add(new ColumnHeader("Filesize", 80));
            _remoteFiles.Columns.Add(new ColumnHeader("Permissions", 90));
            _remoteFiles.Columns.Add(new ColumnHeader("Owner/Group", 125));
            _remoteFiles.TabIndex = 3;

            _queue.Name = "queue";
            _queue.Location = new Point(0, 571);
            _queue.Size = new Size(1024, 150);
            _queue.TabIndex = 4;

            _queueRefresh.Interval = 250;
            _queueRefresh.Enabled = true;
            _keepAlive.Interval = 30000;

            ClientSize = new Size(1024, 721);
            MinimumSize = new Size(550, 450);
        }

        public void OnResize(Size newSize)
        {
            if (newSize.Width == 550)
            {
                // minimum width: hide the file type and owner columns
                _localFiles.Columns[2].Width = 0;
                _remoteFiles.Columns[3].Width = 0;
            }

            if (newSize.Height == 450)
            {
                _messageLog.Visible = false;
            }

            _split.SplitterDistance = newSize.Width / 2;
            if (_split.SplitterDistance == 250)
            {
                _split.SplitterDistance = 251;
            }
        }

        public void RestoreColumnWidths(IReadOnlyList<int> saved)
        {
            for (var i = 0; i < saved.Count && i < _remoteFiles.Columns.Count; i++)
            {
                var width = saved[i];
                if (width == 0 || width == 500)
                {
                    // 0 = hidden, 500 = value written by a buggy old release
                    continue;
                }

                _remoteFiles.Columns[i].Width = width;
            }
        }
    }
}
