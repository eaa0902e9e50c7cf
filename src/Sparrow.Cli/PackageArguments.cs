using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Sparrow.Cli;

/// <summary>
/// The options every command that runs a package shares: the package folder, <c>--page path?query</c>,
/// <c>--size WIDTHxHEIGHT[@RATIO]</c>, <c>--no-cache</c>, <c>--no-shell</c> and <c>--shell</c>. Whatever else is on the line is left in
/// <see cref="Rest"/> for the command, in order.
/// </summary>
internal sealed class PackageArguments
{
    public string? Root { get; private set; }

    public string? Page { get; private set; }

    public int Width { get; private set; } = 375;

    public int Height { get; private set; } = 667;

    public double Ratio { get; private set; } = 2;

    public bool UseCache { get; private set; } = true;

    /// <summary>Draw the app shell (navigation bar, tabBar, overlays; docs/shell.md); <c>--no-shell</c> turns it off.</summary>
    public bool Shell { get; private set; } = true;

    /// <summary><c>--shell</c> was given: <c>dump</c>, whose default is the page alone in the whole window, draws the shell too.</summary>
    public bool ShellAsked { get; private set; }

    public List<string> Rest { get; } = [];

    /// <summary>Where compiled templates and code cache live between runs: $XDG_CACHE_HOME/sparrow or ~/.cache/sparrow.</summary>
    public string? CacheDirectory => UseCache ? DefaultCacheDirectory() : null;

    /// <summary>
    /// Parses <paramref name="args"/>; <paramref name="takesValue"/> names the command's own options
    /// that take a value (so their values are not mistaken for the package folder). Null and a
    /// message on bad usage.
    /// </summary>
    public static PackageArguments? Parse(string[] args, IReadOnlySet<string> takesValue, out string? error)
    {
        var parsed = new PackageArguments();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--no-cache":
                    parsed.UseCache = false;
                    break;
                case "--no-shell":
                    parsed.Shell = false;
                    break;
                case "--shell":
                    parsed.Shell = parsed.ShellAsked = true;
                    break;
                case "--page" or "--size" when i + 1 >= args.Length:
                    error = $"{arg} needs a value";
                    return null;
                case "--page":
                    parsed.Page = args[++i];
                    break;
                case "--size":
                    if (!TryParseSize(args[++i], out var w, out var h, out var r))
                    {
                        error = "--size needs WIDTHxHEIGHT[@RATIO], e.g. 375x667@2";
                        return null;
                    }

                    (parsed.Width, parsed.Height, parsed.Ratio) = (w, h, r);
                    break;
                default:
                    if (takesValue.Contains(arg))
                    {
                        if (i + 1 >= args.Length)
                        {
                            error = $"{arg} needs a value";
                            return null;
                        }

                        parsed.Rest.Add(arg);
                        parsed.Rest.Add(args[++i]);
                    }
                    else if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        parsed.Rest.Add(arg);
                    }
                    else if (parsed.Root is null)
                    {
                        parsed.Root = arg;
                    }
                    else
                    {
                        error = $"unexpected argument '{arg}'";
                        return null;
                    }

                    break;
            }
        }

        return parsed;
    }

    public static bool TryParseSize(string text, out int width, out int height, out double ratio)
    {
        width = height = 0;
        ratio = 2;
        var at = text.Split('@');
        var wh = at[0].Split('x');
        return wh.Length == 2
            && int.TryParse(wh[0], NumberStyles.None, CultureInfo.InvariantCulture, out width) && width > 0
            && int.TryParse(wh[1], NumberStyles.None, CultureInfo.InvariantCulture, out height) && height > 0
            && (at.Length == 1 || (at.Length == 2 && double.TryParse(at[1], NumberStyles.Float, CultureInfo.InvariantCulture, out ratio) && ratio > 0 && ratio <= 4));
    }

    private static string DefaultCacheDirectory()
    {
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(home, "sparrow");
    }
}
