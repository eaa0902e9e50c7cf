using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Script.MiniProgram;

public sealed partial class MiniProgramRuntime
{
    /// <summary>
    /// On the logic thread: the host functions (and the op stream, when wanted), the base
    /// library's boot script, the boot configuration, then the templates (from the compile cache,
    /// or compiled now).
    /// </summary>
    private void Boot(JsContext context)
    {
        context.DefineFunction("__sparrow_mp_load", LoadFrameworkModule);
        context.DefineFunction("__sparrow_mp_error", ReportScriptError);
        context.DefineFunction("__sparrow_mp_storage", Storage);
        context.DefineFunction("__sparrow_mp_syntax", CheckSyntax);
        context.DefineFunction("__sparrow_mp_capability", CallCapability);
        context.DefineFunction("__sparrow_mp_request", StartRequest);
        context.DefineFunction("__sparrow_mp_request_abort", AbortRequest);
        context.DefineFunction("__sparrow_mp_fs", FileSystem);
        InstallPageOutput(context);
        var boot = context.Run(_framework.Read("lib/boot.js"), "sparrow:framework/lib/boot.js", new JsScriptOptions(UseCodeCache: true));
        if (!boot.IsOk)
        {
            throw new InvalidOperationException("The base library's boot script failed: " + boot.Error);
        }

        var (route, query) = LaunchTarget();
        Call(context, $"__sparrowHost.start({BootConfig.Write(Package, Options, route, query)})", "start");
        InstallTemplates(context);
    }

    private (string Route, Dictionary<string, string> Query) LaunchTarget()
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Options.LaunchPath ?? Package.EntryPage?.Route;
        if (path is null)
        {
            Report(Diagnostic.Error(MiniProgramDiagnosticCodes.NoEntryPage, "The package lists no page to open.", SourceLocation.InFile("app.json")));
            return (string.Empty, query);
        }

        var mark = path.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0)
        {
            foreach (var pair in path[(mark + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                query[eq < 0 ? pair : pair[..eq]] = eq < 0 ? string.Empty : pair[(eq + 1)..];
            }

            path = path[..mark];
        }

        return (path.TrimStart('/'), query);
    }

    /// <summary>
    /// <c>__sparrow_mp_load(path)</c>: a framework file compiled as a CommonJS function
    /// (exports, require, module, __filename, __dirname). The wrapper sits on its own line and the
    /// script starts at line -1, so V8's positions are the file's.
    /// </summary>
    private JsValue LoadFrameworkModule(JsHostCall call)
    {
        var path = call.GetString(0) ?? string.Empty;
        var source = _framework.Read(path);
        var wrapped = "(function (exports, require, module, __filename, __dirname) {\n" + source + "\n})";
        var compiled = call.Context.Run(wrapped, "sparrow:framework/" + path, new JsScriptOptions(UseCodeCache: true, LineOffset: -1));
        if (!compiled.IsOk)
        {
            throw new JsHostException($"Framework module '{path}' failed to compile: {compiled.Error}");
        }

        return compiled.Value;
    }

    /// <summary>
    /// <c>__sparrow_mp_syntax(source, file, firstLine)</c>: null when <paramref name="call"/>'s WXS
    /// source parses as a function body (how the generated template code embeds it), else JSON
    /// <c>{message, line, column}</c> (1-based, in the file, counting from 0-based
    /// <c>firstLine</c>). Only a function expression is created; no WXS code runs.
    /// </summary>
    private static JsValue CheckSyntax(JsHostCall call)
    {
        var source = call.GetString(0) ?? string.Empty;
        var file = call.GetString(1) ?? "<wxs>";
        var firstLine = call.GetInt32(2);
        var compiled = call.Context.Run("(function () {\n" + source + "\n})", file, new JsScriptOptions(LineOffset: firstLine - 1));
        if (compiled.IsOk)
        {
            call.Context.AsFunction(compiled.Value)?.Dispose();
            return JsValue.Null;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("message", compiled.Error.Message);
            json.WriteNumber("line", compiled.Error.Location.Line);
            json.WriteNumber("column", compiled.Error.Location.Column);
            json.WriteEndObject();
        }

        return JsValue.FromString(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// <c>__sparrow_mp_error(message, stack, where, isWarning)</c>: a JS error in app, page or
    /// component code, reported at its first frame in the package (framework frames are skipped),
    /// or a glass-easel warning about the package.
    /// </summary>
    private JsValue ReportScriptError(JsHostCall call)
    {
        var message = call.GetString(0) ?? "Error";
        var stack = call.GetString(1) ?? string.Empty;
        var where = call.GetString(2) ?? string.Empty;
        var location = JsContext.FirstUserFrame(stack) ?? SourceLocation.None;
        if (location.IsKnown)
        {
            location = location with { File = location.File.TrimStart('/') };
        }

        var text = where.Length == 0 ? message : $"{message} (in {where})";
        Report(call.GetBoolean(3)
            ? Diagnostic.Warning(MiniProgramDiagnosticCodes.FrameworkWarning, text, location)
            : Diagnostic.Error(MiniProgramDiagnosticCodes.AppScriptError, text, location, stack.Length == 0 ? null : stack));
        return JsValue.Undefined;
    }

    /// <summary><c>__sparrow_mp_storage(op, key, value)</c>, the host side of wx storage (see lib/wx/storage.js).</summary>
    private JsValue Storage(JsHostCall call)
    {
        var op = call.GetString(0);
        var key = call.GetString(1) ?? string.Empty;
        try
        {
            switch (op)
            {
                case "get":
                    return _storage.Get(key) is { } value ? JsValue.FromString(value) : JsValue.Undefined;
                case "set":
                    return _storage.Set(key, call.GetString(2) ?? "null") is { } refusal ? JsValue.FromString(refusal) : JsValue.Undefined;
                case "remove":
                    _storage.Remove(key);
                    return JsValue.Undefined;
                case "clear":
                    _storage.Clear();
                    return JsValue.Undefined;
                case "info":
                    return JsValue.FromString(StorageInfoJson());
                default:
                    throw new JsHostException($"Unknown storage operation '{op}'.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(Diagnostic.Error(MiniProgramDiagnosticCodes.StorageFailed, $"Storage {op} of '{key}' failed: {e.Message}", SourceLocation.None));
            return JsValue.FromString("storage write failed");
        }
    }

    /// <summary>getStorageInfo's object: keys, and sizes in KB as WeChat reports them.</summary>
    private string StorageInfoJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var key in _storage.Keys)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteNumber("currentSize", (long)Math.Ceiling(_storage.CurrentBytes / 1024.0));
            json.WriteNumber("limitSize", StorageStore.TotalLimitBytes / 1024);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
