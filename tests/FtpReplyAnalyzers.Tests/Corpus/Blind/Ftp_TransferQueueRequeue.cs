// Models a FileZilla-like transfer queue whose engine exposes int LastReplyCode, deciding requeue/fail/mode switches per item.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.TransferQueue1
{
    public enum QueueItemState
    {
        Waiting,
        Active,
        WaitingForSpace,
        Done,
        Failed,
    }

    public sealed class QueueItem
    {
        public string LocalPath { get; set; } = string.Empty;
        public string RemotePath { get; set; } = string.Empty;
        public bool Upload { get; set; }
        public long Size { get; set; }
        public int Priority { get; set; }
        public int ErrorCount { get; set; }
        public int LastReplyCode { get; set; }
        public int Percent { get; set; }
        public bool ForceActiveMode { get; set; }
        public QueueItemState State { get; set; }
        public string? StatusText { get; set; }
    }

    public interface IFtpTransferEngine
    {
        int LastReplyCode { get; }
        string LastReplyText { get; }
        bool Passive { get; set; }
        Task TransferAsync(QueueItem item, IProgress<int> progress, CancellationToken ct);
        Task ReconnectAsync(CancellationToken ct);
    }

    public sealed class TransferQueue
    {
        private const int MaxErrorCount = 5;
        private const int SpeedLimitKiBps = 200;
        private readonly List<QueueItem> _items = new List<QueueItem>();
        private readonly Func<IFtpTransferEngine> _engineFactory;
        private readonly SemaphoreSlim _slots = new SemaphoreSlim(2);

        public TransferQueue(Func<IFtpTransferEngine> engineFactory)
        {
            _engineFactory = engineFactory;
        }

        public event Action<QueueItem>? ItemChanged;

        public void Add(QueueItem item)
        {
            lock (_items)
            {
                _items.Add(item);
            }
        }

        public IReadOnlyList<QueueItem> WaitingForDiskSpace()
        {
            lock (_items)
            {
                return _items.Where(i => i.LastReplyCode == [|452|] && i.State == QueueItemState.WaitingForSpace).ToList();
            }
        }

        public int SpeedLimit => SpeedLimitKiBps;

        public async Task ProcessAsync(CancellationToken ct)
        {
            while (!ct.IsCancellationRequested)
            {
                QueueItem? next;
                lock (_items)
                {
                    next = _items.Where(i => i.State == QueueItemState.Waiting).OrderByDescending(i => i.Priority).FirstOrDefault();
                }

                if (next is null)
                {
                    return;
                }

                await _slots.WaitAsync(ct).ConfigureAwait(false);
                try
                {
                    await ProcessItemAsync(next, ct).ConfigureAwait(false);
                }
                finally
                {
                    _slots.Release();
                }
            }
        }

        private async Task ProcessItemAsync(QueueItem item, CancellationToken ct)
        {
            var engine = _engineFactory();
            engine.Passive = !item.ForceActiveMode;
            item.State = QueueItemState.Active;
            var progress = new Progress<int>(p =>
            {
                item.Percent = p;
                if (p == 100)
                {
                    item.StatusText = "Finishing...";
                }

                ItemChanged?.Invoke(item);
            });

            try
            {
                await engine.TransferAsync(item, progress, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                item.State = QueueItemState.Waiting;
                throw;
            }
            catch (Exception ex)
            {
                item.StatusText = ex.Message;
            }

            item.LastReplyCode = engine.LastReplyCode;

            if (item.LastReplyCode == [|226|] || item.LastReplyCode == [|250|])
            {
                item.State = QueueItemState.Done;
                item.StatusText = "Transferred";
            }
            else if (engine.LastReplyCode == [|421|])
            {
                // server kicked us (idle timeout or too many connections): reconnect and keep the item queued
                await engine.ReconnectAsync(ct).ConfigureAwait(false);
                item.State = QueueItemState.Waiting;
            }
            else if (item.LastReplyCode.Equals([|425|]) || item.LastReplyCode == [|426|])
            {
                // data connection problems are usually NAT/firewall related: try the other mode once
                item.ForceActiveMode = !item.ForceActiveMode;
                item.State = QueueItemState.Waiting;
            }
            else if (item.LastReplyCode == [|452|])
            {
                item.State = QueueItemState.WaitingForSpace;
            }
            else if (item.LastReplyCode == [|550|] || item.LastReplyCode == [|553|] || item.LastReplyCode == [|552|])
            {
                item.State = QueueItemState.Failed;
                item.StatusText = "Critical error: " + engine.LastReplyText;
            }
            else
            {
                item.ErrorCount++;
                if (item.ErrorCount == MaxErrorCount)
                {
                    item.State = QueueItemState.Failed;
                }
                else
                {
                    await Task.Delay(250 * item.ErrorCount, ct).ConfigureAwait(false);
                    item.State = QueueItemState.Waiting;
                }
            }

            ItemChanged?.Invoke(item);
        }
    }
}
