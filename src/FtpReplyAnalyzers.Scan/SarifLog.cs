using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Scan
{
    /// <summary>The findings as a SARIF 2.1.0 log: one run, file URIs relative to the scanned folder (SRCROOT).</summary>
    internal static class SarifLog
    {
        public static void Write(string path, string folder, AnalyzerPackage package, ScanResult result)
        {
            var descriptors = package.Analyzers.SelectMany(a => a.SupportedDiagnostics)
                .Where(d => result.RuleIds.Contains(d.Id))
                .DistinctBy(d => d.Id)
                .OrderBy(d => d.Id, StringComparer.Ordinal);
            var root = new Uri(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar).AbsoluteUri;

            using var stream = File.Create(path);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", package.Id);
            json.WriteString("version", package.Version);
            json.WriteStartArray("rules");
            foreach (var descriptor in descriptors)
            {
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
                if (!string.IsNullOrEmpty(descriptor.HelpLinkUri))
                {
                    json.WriteString("helpUri", descriptor.HelpLinkUri);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", result.AnalyzerFailures.IsEmpty);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var failure in result.AnalyzerFailures)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", FolderScan.AnalyzerFailureId + ": " + failure);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("SRCROOT");
            json.WriteString("uri", root);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Id);
                json.WriteString("level", finding.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "note",
                });
                json.WriteStartObject("message");
                json.WriteString("text", finding.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", string.Join('/', finding.File.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
                json.WriteString("uriBaseId", "SRCROOT");
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Line);
                json.WriteNumber("startColumn", finding.Column);
                json.WriteNumber("endLine", finding.EndLine);
                json.WriteNumber("endColumn", finding.EndColumn);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
