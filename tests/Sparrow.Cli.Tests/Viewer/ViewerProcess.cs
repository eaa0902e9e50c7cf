using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Sparrow.Cli.Tests.Viewer;

/// <summary>An Xvfb display and <c>sparrow view</c> running on it as a child process; disposing ends both.</summary>
internal sealed class ViewerProcess : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    private readonly Process _xvfb;
    private readonly Process _viewer;
    private readonly BlockingCollection<string> _lines = [];
    private readonly ConcurrentQueue<string> _errors = new();

    public ViewerProcess(params string[] viewArgs)
    {
        Display = ":" + (90 + Random.Shared.Next(400));
        _xvfb = Start("Xvfb", [Display, "-screen", "0", "1280x1440x24", "-nolisten", "tcp"], null);
        var socket = "/tmp/.X11-unix/X" + Display[1..];
        var waited = Stopwatch.StartNew();
        while (!File.Exists(socket) && waited.Elapsed < TimeSpan.FromSeconds(30) && !_xvfb.HasExited)
        {
            Thread.Sleep(50);
        }

        var apphost = Path.Combine(AppContext.BaseDirectory, "sparrow");
        var (file, args) = File.Exists(apphost)
            ? (apphost, viewArgs)
            : ("dotnet", [Path.Combine(AppContext.BaseDirectory, "sparrow.dll"), .. viewArgs]);
        _viewer = Start(file, ["view", .. args], Display);
        _viewer.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Add(e.Data);
            }
        };
        _viewer.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        _viewer.BeginOutputReadLine();
        _viewer.BeginErrorReadLine();
    }

    public string Display { get; }

    public string Errors => string.Join('\n', _errors);

    /// <summary>The next stdout line starting with <paramref name="prefix"/> (earlier lines are dropped).</summary>
    public string WaitFor(string prefix)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(200)))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
            else if (_viewer.HasExited)
            {
                throw new InvalidOperationException($"sparrow view exited ({_viewer.ExitCode}) before '{prefix}':\n{Errors}");
            }
        }

        throw new TimeoutException($"no '{prefix}' from sparrow view within {Patience.TotalSeconds} s:\n{Errors}");
    }

    /// <summary>The window's pixels as the X server holds them (<c>xwd -id</c>).</summary>
    public XwdImage Capture(string windowId)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sparrow-view-{Guid.NewGuid():N}.xwd");
        using var xwd = Start("xwd", ["-display", Display, "-id", windowId, "-silent", "-out", file], null);
        if (!xwd.WaitForExit(TimeSpan.FromSeconds(60)) || xwd.ExitCode != 0)
        {
            throw new InvalidOperationException($"xwd failed: {xwd.StandardError.ReadToEnd()}");
        }

        return XwdImage.Read(File.ReadAllBytes(file));
    }

    /// <summary>Waits for the viewer to end by itself (<c>--frames</c>) and returns its exit code.</summary>
    public int WaitForExit() => _viewer.WaitForExit(Patience) ? _viewer.ExitCode : -1;

    /// <summary>Asks the viewer to quit (SIGTERM, as a desktop session does) and returns its exit code.</summary>
    public int Terminate()
    {
        using (var kill = Start("kill", ["-TERM", _viewer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], null))
        {
            kill.WaitForExit();
        }

        return _viewer.WaitForExit(TimeSpan.FromSeconds(60)) ? _viewer.ExitCode : -1;
    }

    public void Dispose()
    {
        foreach (var process in new[] { _viewer, _xvfb })
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5000);
            }

            process.Dispose();
        }

        _lines.Dispose();
    }

    private static Process Start(string file, string[] args, string? display)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (display is not null)
        {
            info.Environment["DISPLAY"] = display;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
    }
}
