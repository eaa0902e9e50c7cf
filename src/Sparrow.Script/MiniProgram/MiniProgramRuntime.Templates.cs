using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Script.MiniProgram;

public sealed partial class MiniProgramRuntime
{
    /// <summary>
    /// Compiles every WXML and WXS file of the package in one template group and installs the
    /// result in the code space. The compiler's answer (generated code and problems) is cached on
    /// disk under the hash of all inputs and of the compiler files, so a warm start neither loads
    /// nor runs the compiler, and reports the same problems as the cold start did.
    /// </summary>
    private void InstallTemplates(JsContext context)
    {
        var sources = TemplateSources.Collect(Package.Root);
        var cacheFile = Options.CacheDirectory is null ? null
            : Path.Combine(Options.CacheDirectory, "templates", sources.Hash(_framework.CompilerFiles) + ".json");
        var compiled = cacheFile is null ? null : TryReadCache(cacheFile);
        if (compiled is null)
        {
            TemplateCompilerRuns++;
            var result = context.Run($"__sparrowHost.compileTemplates({sources.ToJson()})", "sparrow:host/compile templates");
            if (result.IsOk && result.Value.Text is { } text)
            {
                compiled = text;
                if (cacheFile is not null)
                {
                    TryWriteCache(cacheFile, compiled);
                }
            }
            else
            {
                // compile-templates.js turns the compiler's failures into problems of their files; anything
                // that still escapes it leaves the pages without templates rather than the app not starting.
                var why = result.IsOk ? "it returned nothing" : result.Error.ToString();
                Report(Diagnostic.Error(MiniProgramDiagnosticCodes.TemplateError, $"The template compiler failed: {why}", SourceLocation.None));
                compiled = """{"code":"({})","problems":[]}""";
            }
        }

        using var answer = JsonDocument.Parse(compiled);
        ReportTemplateProblems(answer.RootElement.GetProperty("problems"), sources);
        var code = answer.RootElement.GetProperty("code").GetString() ?? "({})";
        // The generated code is one expression (an object of template groups); it runs as a script
        // of its own, not through eval, which mini programs may not use.
        var installed = context.Run("__sparrowHost.installTemplates(\n" + code + "\n)", "sparrow:host/templates.js");
        if (!installed.IsOk)
        {
            // Not expected once every WXS is syntax-checked; if the generated code still fails, the
            // pages open without templates rather than the app not starting.
            Report(Diagnostic.Error(MiniProgramDiagnosticCodes.TemplateError, $"The compiled templates failed to load: {installed.Error.Message}", SourceLocation.None));
        }
    }

    private void ReportTemplateProblems(JsonElement problems, TemplateSources sources)
    {
        foreach (var problem in problems.EnumerateArray())
        {
            var path = problem.GetProperty("path").GetString() ?? string.Empty;
            var kind = IsScript(sources, path) ? ".wxs" : ".wxml";
            // The compiler's positions are 0-based; diagnostics are 1-based.
            var location = new SourceLocation(path + kind, problem.GetProperty("startLine").GetInt32() + 1, problem.GetProperty("startColumn").GetInt32() + 1);
            // A .wxs file's problems are WXS syntax errors (their message says so); the rest are WXML's.
            var message = (kind == ".wxs" ? string.Empty : "WXML: ") + (problem.GetProperty("message").GetString() ?? "template problem");
            Report(problem.GetProperty("isError").GetBoolean()
                ? Diagnostic.Error(MiniProgramDiagnosticCodes.TemplateError, message, location)
                : Diagnostic.Warning(MiniProgramDiagnosticCodes.TemplateWarning, message, location));
        }
    }

    private static bool IsScript(TemplateSources sources, string path)
    {
        foreach (var (p, kind, _) in sources.Files)
        {
            if (p == path)
            {
                return kind == "wxs";
            }
        }

        return false;
    }

    private string? TryReadCache(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var text = File.ReadAllText(file, Encoding.UTF8);
            using var check = JsonDocument.Parse(text);
            return check.RootElement.TryGetProperty("code", out _) && check.RootElement.TryGetProperty("problems", out _) ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            Report(Diagnostic.Warning(MiniProgramDiagnosticCodes.CompileCacheFailed, $"Compile cache entry {file} is unreadable ({e.Message}); compiling anew.", SourceLocation.None));
            return null;
        }
    }

    private void TryWriteCache(string file, string compiled)
    {
        try
        {
            AtomicFile.Write(file, Encoding.UTF8.GetBytes(compiled));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(Diagnostic.Warning(MiniProgramDiagnosticCodes.CompileCacheFailed, $"Compile cache entry {file} could not be written: {e.Message}", SourceLocation.None));
        }
    }
}
