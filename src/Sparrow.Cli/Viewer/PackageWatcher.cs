using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Sparrow.Cli.Viewer;

/// <summary>
/// Watches a package folder (every file below it) or an archive file and says when it changed and
/// then stayed quiet for <see cref="Quiet"/>, so an editor's burst of writes gives one reload.
/// Events arrive on a pool thread; <see cref="TakeChange"/> is polled from the frame loop.
/// </summary>
internal sealed class PackageWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly FileSystemWatcher _watcher;
    private long _lastChange;

    public PackageWatcher(string path)
    {
        var full = Path.GetFullPath(path);
        _watcher = File.Exists(full)
            ? new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
            : new FileSystemWatcher(full) { IncludeSubdirectories = true };
        _watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>True once after a change followed by <see cref="Quiet"/> without another.</summary>
    public bool TakeChange()
    {
        var last = Interlocked.Read(ref _lastChange);
        if (last == 0 || Stopwatch.GetElapsedTime(last) < Quiet)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _lastChange, 0, last) == last;
    }

    public void Dispose() => _watcher.Dispose();

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files are not package content.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || e.FullPath.Contains("/node_modules/", StringComparison.Ordinal))
        {
            return;
        }

        Interlocked.Exchange(ref _lastChange, Stopwatch.GetTimestamp());
    }
}
