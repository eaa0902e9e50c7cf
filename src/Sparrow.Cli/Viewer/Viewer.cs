using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using Sparrow.Core;
using Sparrow.Host.Embedding;

namespace Sparrow.Cli.Viewer;

/// <summary>
/// The desktop viewer: one SDL window whose GL ES context the engine draws into, through the public
/// embedding API only (<see cref="SparrowEngine"/>, <see cref="MiniProgram"/> with
/// <see cref="SurfaceKind.HostContext"/>), exactly as an embedder would. Mouse is touch, the wheel
/// scrolls, keys and text go to the program, resizing the window resizes the page, F2 toggles the
/// frame-time overlay, package changes reload the page, Escape / closing / SIGTERM quit.
/// </summary>
internal sealed partial class Viewer : IDisposable
{
    private const double FrameMs = 1000.0 / 60;

    private readonly ViewerOptions _options;
    private readonly CliConsole _console;
    private readonly SdlWindow _window;
    private readonly SparrowEngine _engine;
    private readonly FrameTimes _times = new();
    private readonly Lock _printGate = new();
    private MiniProgram? _program;
    private bool _overlay;
    private volatile bool _quit;
    private bool _pointerDown;
    private bool _ready;

    private Viewer(ViewerOptions options, CliConsole console, SdlWindow window)
    {
        _options = options;
        _console = console;
        _window = window;
        _overlay = options.Overlay;
        _engine = SparrowEngine.Create(new EngineOptions
        {
            Clock = options.VirtualTime ? EngineClock.Virtual : EngineClock.Real,
            CacheRoot = options.CacheDirectory,
            OnDiagnostic = (_, diagnostic) => Print(diagnostic),
        });
    }

    /// <summary>Opens the window and the package and runs until quit. Exit code as every command: 0, or 1 when it could not start.</summary>
    public static int Run(ViewerOptions options, CliConsole console)
    {
        SdlWindow? window;
        string? error;
        try
        {
            window = SdlWindow.Create("sparrow view: " + System.IO.Path.GetFileName(System.IO.Path.GetFullPath(options.Package).TrimEnd('/')),
                (int)Math.Round(options.Width * options.PixelRatio), (int)Math.Round(options.Height * options.PixelRatio), !options.EglWindow, out error);
        }
        catch (DllNotFoundException)
        {
            (window, error) = (null, "SDL2 is not installed (Debian: apt-get install libsdl2-2.0-0)");
        }

        if (window is null)
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliUsage, error!, SourceLocation.InFile(options.Package)));
            return ExitCodes.Failed;
        }

        using var viewer = new Viewer(options, console, window);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            viewer._quit = true;
        });
        return viewer.Loop();
    }

    public void Dispose()
    {
        _program?.Dispose();
        _engine.Dispose();
        _window.Dispose();
    }

    private int Loop()
    {
        if (!Open(_options.Page, _options.Width, _options.Height))
        {
            return ExitCodes.Failed;
        }

        _console.Out.WriteLine($"window 0x{_window.X11Window:x} {_program!.PixelWidth}x{_program.PixelHeight}");
        _console.Out.Flush();
        using var watcher = _options.Watch ? new PackageWatcher(_options.Package) : null;
        var clock = Stopwatch.StartNew();
        var frames = 0;
        while (!_quit)
        {
            var start = clock.Elapsed.TotalMilliseconds;
            PollEvents();
            if (watcher?.TakeChange() == true)
            {
                Reload();
            }

            var drew = Render(_options.VirtualTime ? frames * FrameMs : start);
            frames++;
            var last = _options.Frames > 0 && frames >= _options.Frames;
            if (last && _options.Screenshot is not null)
            {
                if (!drew)
                {
                    _console.Error.WriteLine($"sparrow view: frame {frames - 1} drew nothing; no screenshot written");
                    return ExitCodes.Failed;
                }

                _program!.SavePng(_options.Screenshot);
            }

            if (_overlay && _program is not null)
            {
                var (width, height) = _window.DrawableSize;
                FrameTimeOverlay.Draw(_times, width, height, (int)Math.Round(_options.PixelRatio));
            }

            _window.Present();
            _program?.Present(); // swaps the engine's EGL window surface (--egl-window); nothing for SDL's context
            _times.Add(clock.Elapsed.TotalMilliseconds - start);
            if (drew && !_ready)
            {
                _ready = true;
                _console.Out.WriteLine($"ready frame {frames - 1}");
                _console.Out.Flush();
            }

            if (last)
            {
                break;
            }

            var wait = FrameMs - (clock.Elapsed.TotalMilliseconds - start);
            if (wait >= 1)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(wait));
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>One frame of the program, or a grey window while none is open (a reload that failed).</summary>
    private bool Render(double vsyncMs)
    {
        if (_program is null)
        {
            if (!_window.HasGlContext)
            {
                return false;
            }

            Gl.BindFramebuffer(Gl.Framebuffer, 0);
            Gl.Disable(Gl.ScissorTest);
            Gl.ClearColor(0.5f, 0.5f, 0.5f, 1);
            Gl.Clear(Gl.ColorBufferBit);
            return false;
        }

        return _program.RenderFrame(vsyncMs).Drew;
    }

    private void Print(Diagnostic diagnostic)
    {
        lock (_printGate)
        {
            _console.Write(diagnostic);
        }
    }
}
