using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Scan
{
    /// <summary>
    /// Loads the package's analyzer assemblies into a context of their own, as the compiler server does: each
    /// assembly of the package's analyzer folder from its file, everything else (Microsoft.CodeAnalysis, the runtime)
    /// from this host, so the analyzers and the driver share one Roslyn.
    /// </summary>
    internal sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        private readonly PackageLoadContext context = new();

        public void AddDependencyLocation(string fullPath) => context.Add(fullPath);

        public Assembly LoadFromPath(string fullPath)
        {
            context.Add(fullPath);
            return context.LoadFile(fullPath);
        }

        private sealed class PackageLoadContext() : AssemblyLoadContext("FtpReplyAnalyzers.Scan package", isCollectible: false)
        {
            private readonly object gate = new();
            private readonly Dictionary<string, string> pathsByName = new(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, Assembly> loadedByPath = new(StringComparer.Ordinal);

            public void Add(string fullPath)
            {
                var name = Path.GetFileNameWithoutExtension(fullPath);

                // The host's Roslyn and runtime, never a copy a package might carry: one set of Roslyn types.
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("netstandard", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                lock (gate)
                {
                    pathsByName.TryAdd(name, fullPath);
                }
            }

            public Assembly LoadFile(string fullPath)
            {
                lock (gate)
                {
                    if (!loadedByPath.TryGetValue(fullPath, out var assembly))
                    {
                        assembly = LoadFromAssemblyPath(fullPath);
                        loadedByPath.Add(fullPath, assembly);
                    }

                    return assembly;
                }
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                string? path;
                lock (gate)
                {
                    if (assemblyName.Name is null || !pathsByName.TryGetValue(assemblyName.Name, out path))
                    {
                        return null;
                    }
                }

                return LoadFile(path);
            }
        }
    }
}
