using System;
using System.Collections.Generic;
using System.IO;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// Where <c>wx.getFileSystemManager()</c> may go: <c>wxfile://usr/…</c> maps into the app's
/// user-data folder (read and write); a plain path (<c>/pages/a.json</c>) reads the code package,
/// as WeChat allows for package files. Anything else, a <c>..</c> that climbs out of its root, or
/// a symbolic link anywhere on the way, is refused with WeChat's "permission denied". Logic thread only.
/// </summary>
internal sealed class UserFileSystem
{
    public const string UserDataPath = "wxfile://usr";

    private readonly string _packageRoot;
    private readonly string _userRoot;

    public UserFileSystem(string packageRoot, string userRoot)
    {
        _packageRoot = Path.GetFullPath(packageRoot);
        _userRoot = Path.GetFullPath(userRoot);
    }

    /// <summary>
    /// The disk path of <paramref name="path"/>, or a <see cref="MiniProgramHostException"/> with
    /// <c>"permission denied, open &lt;path&gt;"</c>. <paramref name="write"/>: the call changes
    /// the file system (never allowed in the package).
    /// </summary>
    public string Resolve(string path, bool write)
    {
        string root;
        string rest;
        if (path.StartsWith(UserDataPath, StringComparison.Ordinal) && (path.Length == UserDataPath.Length || path[UserDataPath.Length] == '/'))
        {
            root = _userRoot;
            rest = path[UserDataPath.Length..];
            Directory.CreateDirectory(root);
        }
        else if (!write && path.Length > 0 && !path.Contains("://", StringComparison.Ordinal))
        {
            root = _packageRoot;
            rest = path;
        }
        else
        {
            throw Denied(path);
        }

        if (rest.Contains('\\', StringComparison.Ordinal) || rest.Contains('\0', StringComparison.Ordinal))
        {
            throw Denied(path);
        }

        var segments = new List<string>();
        foreach (var segment in rest.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    throw Denied(path);
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        // A link could point anywhere (another app's folder, /etc): refuse every one on the way.
        var full = root;
        foreach (var segment in segments)
        {
            full = Path.Combine(full, segment);
            if (new FileInfo(full).LinkTarget is not null)
            {
                throw Denied(path);
            }

            if (!Path.Exists(full))
            {
                full = Path.Combine(root, Path.Combine(segments.ToArray()));
                break;
            }
        }

        if (write && full == root)
        {
            throw Denied(path);
        }

        return full;
    }

    public static MiniProgramHostException Denied(string path) => new($"permission denied, open {path}");
}
