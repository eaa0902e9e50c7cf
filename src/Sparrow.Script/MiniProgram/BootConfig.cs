using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Sparrow.Package;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// The JSON object <c>__sparrowHost.start</c> takes: window and device figures, pages and
/// components with their resolved <c>usingComponents</c> and whether each has a WXSS file (and
/// the app), the tab bar, the launch options, and what the host takes (op stream, page events).
/// Written by hand with <see cref="Utf8JsonWriter"/> (no reflection: native AOT).
/// </summary>
internal static class BootConfig
{
    public static string Write(MiniProgramPackage package, MiniProgramRuntimeOptions options, string launchRoute, IReadOnlyDictionary<string, string> launchQuery)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteWindow(json, options);
            WriteSystem(json, package, options);
            json.WriteStartArray("pages");
            foreach (var page in package.Pages)
            {
                json.WriteStartObject();
                json.WriteString("route", page.Route);
                WriteEntry(json, page, package.GlobalComponents);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("components");
            foreach (var component in package.Components.Values)
            {
                json.WriteStartObject();
                json.WriteString("path", component.Path.TrimStart('/'));
                WriteEntry(json, component, package.GlobalComponents);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("tabBar");
            foreach (var item in package.TabBar)
            {
                json.WriteStringValue(item.PagePath);
            }

            json.WriteEndArray();
            json.WritePropertyName("app");
            json.WriteRawValue(package.App?.ToJson() ?? "{}");
            json.WriteString("entry", package.EntryPage?.Route ?? string.Empty);
            json.WriteBoolean("hasAppJs", File.Exists(Path.Combine(package.Root, "app.js")));
            json.WriteBoolean("appWxss", (PackagePaths.FilesOf(package.Root, "/app") & SourceFiles.Wxss) != 0);
            // The host installed __sparrow_ops (OnOpBatch) / __sparrow_mp_page (OnOpBatch or OnPage).
            json.WriteBoolean("opStream", options.OnOpBatch is not null);
            json.WriteBoolean("pageEvents", options.OnOpBatch is not null || options.OnPage is not null);
            json.WriteBoolean("renderRequests", options.OnRenderRequest is not null);
            json.WriteBoolean("deterministic", options.Clock?.IsVirtual == true);
            json.WriteStartObject("launch");
            json.WriteString("path", launchRoute);
            json.WriteStartObject("query");
            foreach (var (key, value) in launchQuery)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteNumber("scene", options.Scene);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteWindow(Utf8JsonWriter json, MiniProgramRuntimeOptions options)
    {
        json.WriteStartObject("window");
        json.WriteNumber("windowWidth", options.WindowWidth);
        json.WriteNumber("windowHeight", options.WindowHeight);
        json.WriteNumber("screenWidth", options.WindowWidth);
        json.WriteNumber("screenHeight", options.WindowHeight);
        json.WriteNumber("pixelRatio", options.PixelRatio);
        json.WriteNumber("statusBarHeight", options.StatusBarHeight);
        json.WriteBoolean("shell", options.Shell);
        json.WriteString("theme", options.Theme);
        MiniProgramRuntime.WriteInsets(json, options.SafeArea);
        json.WriteEndObject();
    }

    private static void WriteSystem(Utf8JsonWriter json, MiniProgramPackage package, MiniProgramRuntimeOptions options)
    {
        // Defaults describe Sparrow itself; an embedder overrides them through SystemInfo.
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["brand"] = "Sparrow",
            ["model"] = "Sparrow headless",
            ["system"] = "Linux",
            ["platform"] = "linux",
            ["language"] = "zh_CN",
            ["version"] = "8.0.50",
            ["SDKVersion"] = "3.5.0",
            ["fontSizeSetting"] = "16",
            ["abi"] = Environment.Is64BitProcess ? "x64" : "x86",
            ["cpuType"] = "unknown",
            ["memorySize"] = "4096",
            ["benchmarkLevel"] = "1",
            ["appId"] = package.ProjectConfig?.GetString("appid") ?? "touristappid",
        };
        foreach (var (key, value) in options.SystemInfo ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        json.WriteStartObject("system");
        foreach (var (key, value) in values)
        {
            // WeChat reports these as numbers.
            if (key is "fontSizeSetting" or "memorySize" or "benchmarkLevel" && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                json.WriteNumber(key, number);
            }
            else
            {
                json.WriteString(key, value);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, ComponentEntry entry, IReadOnlyList<UsingComponent> globals)
    {
        json.WriteBoolean("hasJs", (entry.Files & SourceFiles.Js) != 0);
        json.WriteBoolean("hasWxss", (entry.Files & SourceFiles.Wxss) != 0);
        json.WritePropertyName("config");
        json.WriteRawValue(entry.Config is { IsObject: true } ? entry.Config.ToJson() : "{}");
        // app.json's usingComponents apply everywhere; the entry's own win on a name clash.
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in new[] { globals, entry.UsingComponents })
        {
            foreach (var use in list)
            {
                if (use.ResolvedPath is not null)
                {
                    merged[use.Name] = use.ResolvedPath.TrimStart('/');
                }
            }
        }

        json.WriteStartObject("usingComponents");
        foreach (var (name, path) in merged)
        {
            json.WriteString(name, path);
        }

        json.WriteEndObject();
    }
}
