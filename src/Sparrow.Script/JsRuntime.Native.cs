using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Core;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

public sealed unsafe partial class JsRuntime
{
    private static readonly object PlatformGate = new();
    private static bool _platformReady;
    private readonly List<(int Id, JsError Error)> _rejections = [];

    private static void EnsurePlatform(string? flags)
    {
        lock (PlatformGate)
        {
            if (_platformReady)
            {
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(flags ?? string.Empty);
            fixed (byte* p = bytes)
            {
                var status = NativeMethods.sp_platform_init(p, bytes.Length);
                if (status != SpStatus.Ok)
                {
                    throw new InvalidOperationException($"V8 platform initialisation failed ({status}).");
                }
            }

            _platformReady = true;
        }
    }

    /// <summary>On the logic thread: isolate, dispatcher, context, watchdog, host functions, prelude.</summary>
    private void Initialize()
    {
        EnsurePlatform(Options.V8Flags);
        var options = new SpRuntimeOptions { HeapLimitBytes = Options.HeapLimitBytes };
        nint runtime;
        var status = NativeMethods.sp_runtime_new(&options, &runtime);
        if (status != SpStatus.Ok)
        {
            throw new InvalidOperationException($"Creating a V8 isolate failed ({status}).");
        }

        _runtime = runtime;
        _self = GCHandle.Alloc(this);
        NativeMethods.sp_runtime_set_dispatcher(runtime, &DispatchNative, GCHandle.ToIntPtr(_self));
        NativeMethods.sp_runtime_set_rejection_callback(runtime, &RejectionNative, GCHandle.ToIntPtr(_self));

        var contextOptions = new SpContextOptions { AllowCodeGeneration = Options.AllowCodeGeneration ? 1 : 0 };
        nint contextHandle;
        status = NativeMethods.sp_context_new(runtime, &contextOptions, &contextHandle);
        if (status != SpStatus.Ok)
        {
            throw new InvalidOperationException($"Creating a V8 context failed ({status}).");
        }

        _context = new JsContext(this, contextHandle);
        _contexts[contextHandle] = _context;
        _watchdog = new Watchdog(runtime, Options.TaskTimeLimit);
        if (Options.ModuleRoot is not null)
        {
            _modules = new ModuleResolver(Options.ModuleRoot);
        }

        InstallHostFunctions(_context);
        var encoding = _context.Run(ReadPrelude("encoding.js"), "sparrow:encoding.js", new JsScriptOptions(UseCodeCache: true));
        if (!encoding.IsOk)
        {
            throw new InvalidOperationException("The encoding prelude failed: " + encoding.Error);
        }

        var prelude = _context.Run(ReadPrelude("prelude.js"), "sparrow:prelude.js", new JsScriptOptions(UseCodeCache: true));
        if (!prelude.IsOk)
        {
            throw new InvalidOperationException("The prelude failed: " + prelude.Error);
        }

        _fireTimer = _context.AsFunction(prelude.Value) ?? throw new InvalidOperationException("The prelude did not return its timer function.");
    }

    private static string ReadPrelude(string name)
    {
        using var stream = typeof(JsRuntime).Assembly.GetManifestResourceStream("Sparrow.Script.Prelude." + name)
            ?? throw new InvalidOperationException($"The prelude resource {name} is missing from Sparrow.Script.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [UnmanagedCallersOnly]
    private static SpStatus DispatchNative(nint user, nint context, int id, SpValue* args, int argc, SpValue* result)
    {
        var runtime = (JsRuntime)GCHandle.FromIntPtr(user).Target!;
        if (!runtime._contexts.TryGetValue(context, out var owner))
        {
            *result = default;
            return SpStatus.State;
        }

        return owner.Dispatch(id, args, argc, result);
    }

    [UnmanagedCallersOnly]
    private static void RejectionNative(nint user, nint context, SpErrorInfo* info, int revoked)
    {
        var runtime = (JsRuntime)GCHandle.FromIntPtr(user).Target!;
        var id = info->Reserved;
        if (revoked != 0)
        {
            runtime._rejections.RemoveAll(r => r.Id == id);
            return;
        }

        var message = SpErrorInfo.Text(info->Message, info->MessageLen);
        var resource = SpErrorInfo.Text(info->Resource, info->ResourceLen);
        var stack = SpErrorInfo.Text(info->Stack, info->StackLen);
        var location = resource.Length == 0 ? SourceLocation.None : new SourceLocation(resource, info->Line, info->Column);
        runtime._rejections.Add((id, new JsError(JsErrorKind.Exception, message, location, stack.Length == 0 ? null : stack)));
    }

    /// <summary>Rejections still unhandled once a task's microtasks have run are reported, as Node does.</summary>
    private void ReportRejections()
    {
        if (_rejections.Count == 0)
        {
            return;
        }

        foreach (var (_, error) in _rejections)
        {
            Report(Diagnostic.Error(DiagnosticCodes.ScriptUnhandledRejection, "Unhandled promise rejection: " + error.Message, error.Location, error.Stack));
        }

        _rejections.Clear();
    }
}
