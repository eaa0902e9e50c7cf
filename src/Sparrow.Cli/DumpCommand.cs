using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow dump &lt;package-dir&gt; [--page &lt;path?query&gt;] [--size 375x667@2] --tree</c>: runs the
/// package headless on a virtual clock until idle and prints the open page's element tree as JSON in
/// the shape of WeChat's official compiler (<c>{"tag":"wx-view","attr":{…},"children":[…]}</c>, text
/// children as strings). Diagnostics go to stderr; exit code 1 when any is an error.
/// </summary>
internal static class DumpCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        string? root = null;
        string? page = null;
        var tree = false;
        var useCache = true;
        var (width, height, ratio) = (375, 667, 2.0);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tree":
                    tree = true;
                    break;
                case "--layout" or "--scene":
                    return console.UsageError($"dump {args[i]} needs the render side, which is not wired yet; use --tree");
                case "--no-cache":
                    useCache = false;
                    break;
                case "--page" when i + 1 < args.Length:
                    page = args[++i];
                    break;
                case "--size" when i + 1 < args.Length:
                    if (!TryParseSize(args[++i], out width, out height, out ratio))
                    {
                        return console.UsageError("--size needs WIDTHxHEIGHT[@RATIO], e.g. 375x667@2");
                    }

                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || root is not null)
                    {
                        return console.UsageError($"unexpected argument '{args[i]}' for dump");
                    }

                    root = args[i];
                    break;
            }
        }

        if (root is null || !tree)
        {
            return console.UsageError("dump needs a package folder and --tree: sparrow dump <package-dir> [--page path?query] --tree");
        }

        if (!Directory.Exists(root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {root}", SourceLocation.InFile(root)));
            return ExitCodes.Failed;
        }

        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(root, diagnostics);
        var options = new MiniProgramRuntimeOptions
        {
            WindowWidth = width,
            WindowHeight = height,
            PixelRatio = ratio,
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
            LaunchPath = page,
            CacheDirectory = useCache ? CacheDirectory() : null,
        };

        string? json = null;
        using (var runtime = await MiniProgramRuntime.StartAsync(package, options).ConfigureAwait(false))
        {
            await runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            json = await runtime.DumpTreeAsync().ConfigureAwait(false);
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        if (json is null)
        {
            console.Error.WriteLine("sparrow: no page is open");
            return ExitCodes.Failed;
        }

        console.Out.WriteLine(Indent(json));
        return diagnostics.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>Where compiled templates and code cache live between runs: $XDG_CACHE_HOME/sparrow or ~/.cache/sparrow.</summary>
    private static string CacheDirectory()
    {
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(home, "sparrow");
    }

    private static bool TryParseSize(string text, out int width, out int height, out double ratio)
    {
        width = height = 0;
        ratio = 2;
        var at = text.Split('@');
        var wh = at[0].Split('x');
        return wh.Length == 2
            && int.TryParse(wh[0], NumberStyles.None, CultureInfo.InvariantCulture, out width) && width > 0
            && int.TryParse(wh[1], NumberStyles.None, CultureInfo.InvariantCulture, out height) && height > 0
            && (at.Length == 1 || (at.Length == 2 && double.TryParse(at[1], NumberStyles.Float, CultureInfo.InvariantCulture, out ratio) && ratio > 0));
    }

    private static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
