using System;
using System.IO;

namespace Sparrow.Script;

public sealed partial class JsRuntime
{
    /// <summary>The host side of the prelude: the functions it captures under reserved names.</summary>
    private void InstallHostFunctions(JsContext context)
    {
        context.DefineFunction("__sparrow_log", Log);
        context.DefineFunction("__sparrow_timer_start", StartTimer);
        context.DefineFunction("__sparrow_timer_clear", ClearTimer);
        context.DefineFunction("__sparrow_now", _ => JsValue.FromNumber(Math.Floor(_clock.EpochMilliseconds)));
        if (_clock.IsVirtual)
        {
            context.SetGlobal("__sparrow_virtual_time", JsValue.True);
        }

        if (_modules is not null)
        {
            context.DefineFunction("__sparrow_require_resolve", ResolveModule);
            context.DefineFunction("__sparrow_require_load", LoadModule);
        }
    }

    private JsValue Log(JsHostCall call)
    {
        var level = (JsLogLevel)Math.Clamp(call.GetInt32(0), 0, 4);
        Options.Log?.Write(new JsLogEntry(level, call.GetString(1) ?? string.Empty, _clock.NowMilliseconds));
        return JsValue.Undefined;
    }

    private JsValue StartTimer(JsHostCall call)
    {
        var id = call.GetInt32(0);
        var delay = Math.Max(0, call.GetNumber(1));
        var repeat = call.GetBoolean(2);
        // Intervals repeat no faster than 1 ms (as Node), so a zero interval cannot stall a virtual clock.
        _timers.Add(id, _clock.NowMilliseconds + delay, repeat ? Math.Max(1, delay) : 0);
        return JsValue.Undefined;
    }

    private JsValue ClearTimer(JsHostCall call)
    {
        _timers.Cancel(call.GetInt32(0));
        return JsValue.Undefined;
    }

    private JsValue ResolveModule(JsHostCall call)
    {
        var from = call.GetString(0) ?? "/";
        var specifier = call.GetString(1) ?? string.Empty;
        return JsValue.FromString(_modules!.Resolve(from, specifier));
    }

    /// <summary>
    /// A JSON module comes back as its text; a JS module as a compiled function taking
    /// (exports, require, module, __filename, __dirname). The wrapper sits on a line of its own
    /// and the script starts at line -1, so V8's lines and columns are those of the file.
    /// </summary>
    private JsValue LoadModule(JsHostCall call)
    {
        var path = call.GetString(0) ?? string.Empty;
        string source;
        try
        {
            source = _modules!.Load(path);
        }
        catch (IOException e)
        {
            throw new JsHostException($"Cannot read module '{path}': {e.Message}");
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return JsValue.FromString(source);
        }

        if (Options.ModuleTransform is { } transform)
        {
            source = transform.Transform(call.Context, path, source);
        }

        var wrapped = "(function (exports, require, module, __filename, __dirname) {\n" + source + "\n})";
        var compiled = call.Context.Run(wrapped, path, new JsScriptOptions(UseCodeCache: true, LineOffset: -1));
        if (!compiled.IsOk)
        {
            Report(compiled.Error.ToDiagnostic());
            throw new JsHostException($"{compiled.Error.Location}: {compiled.Error.Message}");
        }

        return compiled.Value;
    }
}
