using System;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Core;

namespace Sparrow.Script.Tests;

/// <summary>Helpers shared by the runtime tests.</summary>
internal static class Js
{
    public static JsRuntime Start(DiagnosticBag? diagnostics = null, ScriptLogBuffer? log = null, JsRuntimeOptions? options = null) =>
        JsRuntime.Start((options ?? new JsRuntimeOptions()) with
        {
            Diagnostics = diagnostics ?? options?.Diagnostics,
            Log = log ?? options?.Log,
        });

    public static async Task<JsValue> EvalOk(this JsRuntime runtime, string source, string origin = "test.js")
    {
        var completion = await runtime.EvaluateAsync(source, origin);
        if (!completion.IsOk)
        {
            throw new InvalidOperationException("Expected success, got " + completion.Error);
        }

        return completion.Value;
    }

    public static async Task<JsError> EvalError(this JsRuntime runtime, string source, string origin = "test.js")
    {
        var completion = await runtime.EvaluateAsync(source, origin);
        return completion.Error ?? throw new InvalidOperationException("Expected an error, got " + completion.Value);
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sparrow-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Engine.sln not found");
        }
    }
}
