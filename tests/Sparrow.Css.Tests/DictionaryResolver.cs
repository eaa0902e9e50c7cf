using System.Collections.Generic;

namespace Sparrow.Css.Tests;

/// <summary>An @import resolver over an in-memory file set; paths resolve relative to the importing file.</summary>
internal sealed class DictionaryResolver(Dictionary<string, string> files) : IWxssImportResolver
{
    public bool TryResolve(string fromPath, string url, out string resolvedPath, out string content)
    {
        resolvedPath = url.StartsWith('/') ? url[1..] : Combine(fromPath, url);
        return files.TryGetValue(resolvedPath, out content!);
    }

    private static string Combine(string from, string url)
    {
        var dir = from.Contains('/') ? from[..from.LastIndexOf('/')] : string.Empty;
        var parts = new List<string>(dir.Length == 0 ? [] : dir.Split('/'));
        foreach (var p in url.Split('/'))
        {
            if (p == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (p != ".")
            {
                parts.Add(p);
            }
        }

        return string.Join('/', parts);
    }
}
