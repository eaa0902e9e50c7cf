using System;
using System.Collections.Generic;
using Sparrow.Css;

namespace Sparrow.Host.Capture;

/// <summary>A resolver that answers from another one and keeps each stylesheet it found (path → text).</summary>
internal sealed class RecordingWxssResolver(IWxssImportResolver inner) : IWxssImportResolver
{
    private readonly Dictionary<string, string> _found = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Found => _found;

    public bool TryResolve(string fromPath, string url, out string resolvedPath, out string content)
    {
        if (!inner.TryResolve(fromPath, url, out resolvedPath, out content))
        {
            return false;
        }

        _found[resolvedPath] = content;
        return true;
    }
}
