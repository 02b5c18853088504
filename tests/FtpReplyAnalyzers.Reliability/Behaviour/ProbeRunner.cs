using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Reliability.Behaviour;

/// <summary>
/// Compiles a snippet in memory against the .NET 8 reference assemblies, loads it into a collectible load context
/// (run by the real runtime, unloaded afterwards) and calls each of its <c>Probe*</c> methods with every input that
/// matters: 0 to 999 and the edges for int probes, their string forms (interned and freshly allocated, so that a
/// reference comparison shows) and malformed replies for string probes.
/// </summary>
public static class ProbeRunner
{
    /// <summary>0 to 999, and edges where casts, overflow and truncation differ.</summary>
    public static readonly IReadOnlyList<int> IntInputs = Enumerable.Range(-1, 1002)
        .Concat([int.MinValue, int.MinValue + 1, -550, -421, -226, 255, 256, 256 + 226, 65535, 65536, 65536 + 550, 1 << 16 | 421, 1 << 24, int.MaxValue - 1, int.MaxValue])
        .ToArray();

    /// <summary>Each code as text, interned and fresh, three digits and not, and replies no parser should accept.</summary>
    public static readonly IReadOnlyList<string?> StringInputs = BuildStringInputs();

    /// <summary>What each probe returned (or threw) for each input, in a fixed order; equal lists mean equal behaviour.</summary>
    public sealed record Outcomes(IReadOnlyList<string> Lines);

    /// <summary>Emits the document's compilation; null with the errors when it does not emit.</summary>
    public static async Task<(byte[]? Image, string Errors)> EmitAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = (await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: cancellationToken);
        if (!result.Success)
        {
            return (null, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return (stream.ToArray(), string.Empty);
    }

    /// <summary>Runs every probe of the image over its inputs.</summary>
    public static Outcomes Run(byte[] image)
    {
        var context = new AssemblyLoadContext("FtpReplyAnalyzers.Reliability.Probe", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var lines = new List<string>();
            var probes = assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.Name.StartsWith("Probe", StringComparison.Ordinal) && m.GetParameters().Length == 1)
                .OrderBy(m => m.DeclaringType!.FullName, StringComparer.Ordinal)
                .ThenBy(m => m.Name, StringComparer.Ordinal);
            foreach (var probe in probes)
            {
                var parameter = probe.GetParameters()[0].ParameterType;
                var builder = new StringBuilder();
                if (parameter == typeof(int))
                {
                    var call = probe.CreateDelegate<Func<int, object?>>();
                    foreach (var input in IntInputs)
                    {
                        builder.Append(input.ToString(CultureInfo.InvariantCulture)).Append(" -> ").AppendLine(Invoke(() => call(input)));
                    }
                }
                else if (parameter == typeof(string))
                {
                    var call = probe.CreateDelegate<Func<string?, object?>>();
                    foreach (var input in StringInputs)
                    {
                        builder.Append(ShowInput(input)).Append(" -> ").AppendLine(Invoke(() => call(input)));
                    }
                }

                lines.Add($"{probe.DeclaringType!.Name}.{probe.Name}:{Environment.NewLine}{builder}");
            }

            return new Outcomes(lines);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The first input whose outcome differs, in a line a person can read.</summary>
    public static string? FirstDifference(Outcomes before, Outcomes after)
    {
        if (before.Lines.Count != after.Lines.Count)
        {
            return $"{before.Lines.Count} probes before, {after.Lines.Count} after";
        }

        for (var i = 0; i < before.Lines.Count; i++)
        {
            if (before.Lines[i] == after.Lines[i])
            {
                continue;
            }

            var a = before.Lines[i].Split('\n');
            var b = after.Lines[i].Split('\n');
            for (var line = 0; line < Math.Min(a.Length, b.Length); line++)
            {
                if (a[line] != b[line])
                {
                    return $"{a[0].Trim()} for input {a[line].Split(" -> ")[0]}: before {a[line].Split(" -> ").Last().Trim()}, after {b[line].Split(" -> ").Last().Trim()}";
                }
            }

            return a[0].Trim() + " differs";
        }

        return null;
    }

    private static string Invoke(Func<object?> call)
    {
        try
        {
            return Describe(call());
        }
        catch (Exception exception)
        {
            return "throws " + exception.GetType().FullName;
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => "string " + Show(text),
        Enum e => $"{e.GetType().FullName} {Convert.ToInt64(e, CultureInfo.InvariantCulture)}",
        IFormattable formattable => $"{value.GetType().Name} {formattable.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name} {value}",
    };

    private static string Show(string? text) =>
        text is null ? "null" : "\"" + string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    // Inputs say whether they are the interned instance: a reference comparison with a literal tells them apart.
    private static string ShowInput(string? text) =>
        Show(text) + (text is not null && ReferenceEquals(string.IsInterned(text), text) ? " (interned)" : string.Empty);

    private static List<string?> BuildStringInputs()
    {
        var inputs = new List<string?>();
        for (var code = 0; code < 1000; code++)
        {
            var text = code.ToString(CultureInfo.InvariantCulture);

            // The interned instance is the one a literal "550" in any loaded assembly is; a fresh copy is what a parser returns.
            inputs.Add(string.Intern(text));
            inputs.Add(new string(code.ToString("D3", CultureInfo.InvariantCulture).AsSpan()));
        }

        inputs.AddRange(
        [
            null, string.Empty, " 550", "550 ", "550 File unavailable", "550-Multi", "5500", "+550", "-550", "55", "\u0665\u0665\u0660",
            "550\0", "55O", "0550", "2147483648", "-2147483649", new string('9', 40), "\u0035\u0035\u0030", "ABC", "1e3",
        ]);
        return inputs;
    }
}
