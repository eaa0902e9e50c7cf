using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow dump &lt;package-dir&gt; [--page &lt;path?query&gt;] [--size 375x667@2] --tree | --layout | --scene | --batches</c>:
/// runs the package headless on a virtual clock until idle and prints the open page as
/// <c>--tree</c>: the element tree in the shape of WeChat's official compiler
/// (<c>{"tag":"wx-view","attr":{…},"children":[…]}</c>, text children as strings);
/// <c>--layout</c>: every element's border box in CSS px (<see cref="LayoutDump"/>);
/// <c>--scene</c>: the scene of one frame (Sparrow.Scene's SceneDump text);
/// <c>--batches</c>: that frame's draw calls, each with why it started (Sparrow.Scene's BatchDump text).
/// Diagnostics go to stderr; exit code 1 when any is an error.
/// </summary>
internal static class DumpCommand
{
    private static readonly HashSet<string> NoValues = [];

    public static int Run(string[] args, CliConsole console)
    {
        var parsed = PackageArguments.Parse(args, NoValues, out var error);
        if (parsed is null)
        {
            return console.UsageError(error + " for dump");
        }

        string? what = null;
        foreach (var arg in parsed.Rest)
        {
            if (arg is not ("--tree" or "--layout" or "--scene" or "--batches") || what is not null)
            {
                return console.UsageError($"unexpected argument '{arg}' for dump");
            }

            what = arg;
        }

        if (parsed.Root is null || what is null)
        {
            return console.UsageError("dump needs a package folder and one of --tree, --layout, --scene, --batches: sparrow dump <package-dir> [--page path?query] --tree");
        }

        if (!Directory.Exists(parsed.Root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {parsed.Root}", SourceLocation.InFile(parsed.Root)));
            return ExitCodes.Failed;
        }

        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(parsed.Root, diagnostics);
        string? output;
        var options = RunCommand.Options(parsed, diagnostics) with { Draw = what is "--scene" or "--batches", SettleLimit = TimeSpan.FromSeconds(30), Shell = parsed.ShellAsked };
        using (var session = HeadlessSession.Start(package, options))
        {
            session.Settle();
            output = what switch
            {
                "--tree" => Indent(session.OnLogicThread(runtime => runtime.DumpTreeAsync())),
                "--layout" => Layout(session),
                "--batches" => Batches(session),
                _ => Scene(session),
            };
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        if (output is null)
        {
            console.Error.WriteLine("sparrow: no page is open");
            return ExitCodes.Failed;
        }

        console.Out.WriteLine(output);
        return diagnostics.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static string? Layout(HeadlessSession session)
    {
        session.RenderFrame(capture: false);
        return session.CurrentPage is { } page ? LayoutDump.ToJson(page) : null;
    }

    private static string? Scene(HeadlessSession session)
    {
        session.RenderFrame(capture: false);
        return session.SceneText()?.TrimEnd();
    }

    private static string? Batches(HeadlessSession session)
    {
        session.RenderFrame(capture: false);
        return session.BatchText()?.TrimEnd();
    }

    private static string? Indent(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
