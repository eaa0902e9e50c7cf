using System;
using System.Collections.Generic;
using System.Globalization;
using Sparrow.Cli.Viewer;
using Sparrow.Core;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow view &lt;package-dir|archive&gt; [--device name | --size WxH@dpr] [--page path?query]</c>:
/// the desktop viewer (<see cref="Viewer.Viewer"/>, docs/viewer.md).
/// </summary>
internal static class ViewCommand
{
    private static readonly HashSet<string> Values = ["--device", "--frames", "--screenshot"];

    private const string Help = """
        sparrow view <package-dir|file.sppkg> [options]
          Opens the mini program in a desktop window (SDL2, GL ES 3 on EGL). Mouse is touch, the
          wheel scrolls, keys and text go to the page, resizing the window resizes the page.
          F2 toggles the frame-time overlay; Escape or closing the window quits. Package files
          that change reload the page on top (docs/viewer.md).

        Options:
          --device <name>       a phone's size and pixel ratio: DEVICES
          --size WxH[@dpr]      window size in CSS px and pixel ratio (default 375x667@2)
          --page path?query     open this page instead of the entry page
          --no-cache            no compiled-template or code cache
          --no-watch            no hot reload
          --overlay             show the frame-time overlay from the start
          --virtual-time        reproducible time: settle when opened, 1/60 s per frame
          --egl-window          the engine makes its own EGL window surface on the window
                                (SurfaceKind.Window) instead of drawing into SDL's GL context
          --frames N            quit after N frames
          --screenshot f.png    with --frames: save the last frame (read back from the window)

        """;

    public static int Run(string[] args, CliConsole console)
    {
        if (Array.Exists(args, a => a is "-h" or "--help"))
        {
            console.Out.Write(Help.Replace("DEVICES", ViewerDevice.Names, StringComparison.Ordinal));
            return ExitCodes.Ok;
        }

        var parsed = PackageArguments.Parse(args, Values, out var error);
        if (parsed is null)
        {
            return console.UsageError(error + " for view");
        }

        var options = ParseRest(parsed, args, console, out var code);
        if (options is null)
        {
            return code;
        }

        if (!PackageLoader.Exists(options.Package))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such package folder or archive: {options.Package}", SourceLocation.InFile(options.Package)));
            return ExitCodes.Failed;
        }

        return Viewer.Viewer.Run(options, console);
    }

    private static ViewerOptions? ParseRest(PackageArguments parsed, string[] args, CliConsole console, out int code)
    {
        code = ExitCodes.Usage;
        if (parsed.Root is null)
        {
            console.UsageError("view needs a package folder or archive: sparrow view <package-dir|file.sppkg>");
            return null;
        }

        var options = new ViewerOptions
        {
            Package = parsed.Root,
            Page = parsed.Page,
            Width = parsed.Width,
            Height = parsed.Height,
            PixelRatio = parsed.Ratio,
            CacheDirectory = parsed.CacheDirectory,
        };
        for (var i = 0; i < parsed.Rest.Count; i++)
        {
            switch (parsed.Rest[i])
            {
                case "--device":
                    var device = ViewerDevice.Find(parsed.Rest[++i]);
                    if (device is null || Array.IndexOf(args, "--size") >= 0)
                    {
                        console.UsageError(device is null ? $"unknown device '{parsed.Rest[i]}'; known: {ViewerDevice.Names}" : "--device and --size cannot be used together");
                        return null;
                    }

                    options = options with { Width = device.Width, Height = device.Height, PixelRatio = device.PixelRatio };
                    break;
                case "--frames":
                    if (!int.TryParse(parsed.Rest[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var frames) || frames < 1)
                    {
                        console.UsageError("--frames needs a whole number above 0");
                        return null;
                    }

                    options = options with { Frames = frames };
                    break;
                case "--screenshot":
                    options = options with { Screenshot = parsed.Rest[++i] };
                    break;
                case "--no-watch":
                    options = options with { Watch = false };
                    break;
                case "--overlay":
                    options = options with { Overlay = true };
                    break;
                case "--virtual-time":
                    options = options with { VirtualTime = true };
                    break;
                case "--egl-window":
                    options = options with { EglWindow = true };
                    break;
                default:
                    console.UsageError($"unexpected argument '{parsed.Rest[i]}' for view. Run 'sparrow view --help'.");
                    return null;
            }
        }

        if (options.Screenshot is not null && options.Frames == 0)
        {
            console.UsageError("--screenshot needs --frames N (the frame to save)");
            return null;
        }

        return options;
    }
}
