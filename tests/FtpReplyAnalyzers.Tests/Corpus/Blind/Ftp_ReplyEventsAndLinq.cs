// Models an FTP control channel exposing IFtpReply history and an OnReply event, with watchers comparing codes in lambdas and LINQ.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Blind.ReplyEventsLinq1
{
    public interface IFtpReply
    {
        int Code { get; }
        string Message { get; }
    }

    public sealed class FtpReplyEventArgs : EventArgs, IFtpReply
    {
        public FtpReplyEventArgs(int code, string message, string? command)
        {
            Code = code;
            Message = message;
            Command = command;
        }

        public int Code { get; }
        public string Message { get; }
        public string? Command { get; }
    }

    public class FtpControlChannel
    {
        private const int MaxHistory = 500;
        private readonly List<IFtpReply> _history = new List<IFtpReply>();

        public event EventHandler<FtpReplyEventArgs>? OnReply;

        public Action<IFtpReply>? ReplyCallback { get; set; }

        public IReadOnlyList<IFtpReply> History => _history;

        protected void RaiseReply(int code, string message, string? command)
        {
            var args = new FtpReplyEventArgs(code, message, command);
            _history.Add(args);
            if (_history.Count > MaxHistory)
            {
                _history.RemoveAt(0);
            }

            OnReply?.Invoke(this, args);
            ReplyCallback?.Invoke(args);
        }
    }

    public sealed class TransferWatcher
    {
        private readonly FtpControlChannel _channel;
        private int _completed;
        private int _aborted;
        private int _noops;

        public TransferWatcher(FtpControlChannel channel)
        {
            _channel = channel;

            channel.OnReply += (s, e) =>
            {
                if (e.Code == [|226|])
                {
                    _completed++;
                }
                else if (e.Code == [|426|])
                {
                    _aborted++;
                }
            };

            channel.OnReply += OnReplyLogged;

            channel.OnReply += delegate (object? sender, FtpReplyEventArgs e)
            {
                if (e.Command == "NOOP" && e.Code == [|200|])
                {
                    _noops++;
                }
            };

            channel.ReplyCallback = r =>
            {
                if (r.Code == [|221|])
                {
                    Console.WriteLine("server said goodbye after " + (_completed + _aborted) + " transfers");
                }
            };
        }

        public int Completed => _completed;

        public int Aborted => _aborted;

        public int KeepAlives => _noops;

        private void OnReplyLogged(object? sender, FtpReplyEventArgs e)
        {
            if (e.Code != [|200|] && e.Code != [|226|])
            {
                Console.WriteLine("[ftp] " + e.Command + " -> " + e.Code + " " + e.Message);
            }
        }

        public bool AnyMissing() => _channel.History.Any(r => r.Code == [|550|]);

        public int CountDisconnects() => _channel.History.Count(r => r.Code == [|421|]);

        public IEnumerable<IFtpReply> TransientFailures() => _channel.History.Where(r => r.Code is [|450|] or [|451|] or [|452|]);

        public IFtpReply? LastSizeReply() => _channel.History.LastOrDefault(r => r.Code.Equals([|213|]));

        public IEnumerable<IFtpReply> UntilFirstCompletion() => _channel.History.TakeWhile(r => r.Code != [|226|]);

        public bool LoggedIn()
        {
            Func<IFtpReply, bool> isLoginOk = r => r.Code == [|230|];
            return _channel.History.Any(isLoginOk);
        }

        public IEnumerable<string> LoginFailures() =>
            from r in _channel.History
            where r.Code == [|530|]
            select r.Message;

        public IEnumerable<IGrouping<int, IFtpReply>> ByCode() =>
            _channel.History.Where(r => r.Code != [|200|]).GroupBy(r => r.Code);

        public bool RecentBurstOfErrors() => _channel.History.Skip(Math.Max(0, _channel.History.Count - 20)).Count(r => r.Code == [|425|]) == 3;
    }
}
