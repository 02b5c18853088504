// Models a scheduled job that imports CSV files fetched from a partner FTP drop into SQL, with SQL error numbers, SQLSTATE and batch sizes.
using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpInboundImport1
{
    public sealed class FtpImportRow
    {
        public string FileName { get; set; } = string.Empty;
        public int LineNumber { get; set; }
        public string[] Fields { get; set; } = Array.Empty<string>();
    }

    public sealed class FtpDropImportJob
    {
        private const int BatchSize = 500;
        private const int SqlDeadlockVictim = 1205;
        private const int SqlUniqueIndexViolation = 2601;
        private const int SqlUniqueConstraintViolation = 2627;
        private readonly Func<DbConnection> _connectionFactory;

        public FtpDropImportJob(Func<DbConnection> connectionFactory)
        {
            _connectionFactory = connectionFactory;
        }

        public int Imported { get; private set; }

        public int Duplicates { get; private set; }

        public async Task ImportAsync(string downloadedFile, CancellationToken ct)
        {
            var batch = new List<FtpImportRow>(BatchSize);
            var lineNumber = 0;
            foreach (var line in await File.ReadAllLinesAsync(downloadedFile, ct).ConfigureAwait(false))
            {
                lineNumber++;
                if (lineNumber == 1 || line.Length == 0)
                {
                    continue;
                }

                batch.Add(new FtpImportRow { FileName = Path.GetFileName(downloadedFile), LineNumber = lineNumber, Fields = line.Split(';') });
                if (batch.Count == BatchSize)
                {
                    await FlushWithRetryAsync(batch, ct).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await FlushWithRetryAsync(batch, ct).ConfigureAwait(false);
            }
        }

        private static int SqlErrorNumber(DbException ex)
        {
            // SqlClient copies the server error number into Data["HelpLink.EvtID"]
            return ex.Data["HelpLink.EvtID"] is string s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }

        private async Task FlushWithRetryAsync(List<FtpImportRow> rows, CancellationToken ct)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await FlushAsync(rows, ct).ConfigureAwait(false);
                    Imported += rows.Count;
                    return;
                }
                catch (DbException ex) when ((SqlErrorNumber(ex) == SqlDeadlockVictim || ex.SqlState == "40001") && attempt < 3)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), ct).ConfigureAwait(false);
                }
                catch (DbException ex) when (SqlErrorNumber(ex) == SqlUniqueConstraintViolation || SqlErrorNumber(ex) == SqlUniqueIndexViolation || ex.SqlState == "23505")
                {
                    Duplicates += rows.Count;
                    return;
                }
                catch (DbException ex) when (SqlErrorNumber(ex) == 550)
                {
                    // error 550: insert violates the WITH CHECK OPTION of the partner view
                    throw new InvalidDataException("rows from " + rows[0].FileName + " do not belong to this partner", ex);
                }
                catch (DbException ex) when (SqlErrorNumber(ex) == 4060 || SqlErrorNumber(ex) == 18456)
                {
                    throw new InvalidOperationException("import database unavailable", ex);
                }
            }
        }

        private async Task FlushAsync(List<FtpImportRow> rows, CancellationToken ct)
        {
            await using var connection = _connectionFactory();
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandTimeout = 120;
                command.CommandText = "INSERT INTO partner.Orders (SourceFile, SourceLine, Payload) VALUES (@f, @l, @p)";
                AddParameter(command, "@f", row.FileName);
                AddParameter(command, "@l", row.LineNumber);
                AddParameter(command, "@p", string.Join(";", row.Fields));
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        private static void AddParameter(DbCommand command, string name, object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
    }
}
