using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// ES-module syntax in package JS (<c>import</c>/<c>export</c>, as tdesign-miniprogram and
/// @vant/weapp ship it) turned into CommonJS before <c>require</c> compiles it, as WeChat's
/// developer tools do with Babel before upload. Babel (npm @babel/standalone, shipped in the
/// framework folder) runs inside the page's own V8, loaded only when the first such file appears;
/// <c>retainLines</c> keeps every line where it was, so diagnostics still name the file's lines.
/// Results are cached on disk by content hash, so a warm start never loads Babel.
/// </summary>
internal sealed partial class EsModuleTransform : IModuleTransform
{
    private readonly string _babelPath;
    private readonly string? _cacheDirectory;
    private JsFunction? _transform;

    public EsModuleTransform(string babelPath, string? cacheDirectory)
    {
        _babelPath = babelPath;
        _cacheDirectory = cacheDirectory is null ? null : Path.Combine(cacheDirectory, "esm");
    }

    /// <summary>Files transformed by Babel in this runtime (a warm start keeps this at 0).</summary>
    public int BabelRuns { get; private set; }

    public string Transform(JsContext context, string path, string source)
    {
        if (!ModuleSyntax().IsMatch(source))
        {
            return source;
        }

        var hash = _cacheDirectory is null ? null : Hash(source);
        var cacheFile = hash is null ? null : Path.Combine(_cacheDirectory!, hash + ".js");
        var scriptMarker = hash is null ? null : Path.Combine(_cacheDirectory!, hash + ".script");
        if (cacheFile is not null && File.Exists(cacheFile))
        {
            return File.ReadAllText(cacheFile);
        }

        if (scriptMarker is not null && File.Exists(scriptMarker))
        {
            return source;
        }

        _transform ??= LoadBabel(context);
        BabelRuns++;
        var result = _transform.Call(JsValue.FromString(source), JsValue.FromString(path));
        if (!result.IsOk)
        {
            // Babel's message carries "(line:column)" of the problem in the module's own file.
            throw new JsHostException($"{path}: {result.Error.Message}");
        }

        if (result.Value.IsNullish)
        {
            // No module syntax after all (the word was in a string or comment): the file stays as written.
            if (scriptMarker is not null)
            {
                AtomicFile.Write(scriptMarker, []);
            }

            return source;
        }

        var code = result.Value.Text ?? string.Empty;
        if (cacheFile is not null)
        {
            AtomicFile.Write(cacheFile, Encoding.UTF8.GetBytes(code));
        }

        return code;
    }

    private JsFunction LoadBabel(JsContext context)
    {
        if (!File.Exists(_babelPath))
        {
            throw new JsHostException($"ES-module syntax needs Babel, which is missing from the framework folder ({_babelPath}); run the set-up (npm ci in src/framework).");
        }

        // Babel's UMD bundle sets module.exports when it sees CommonJS; keep it in a closure.
        var wrapped = "(function () { var module = { exports: {} }; var exports = module.exports;\n" + File.ReadAllText(_babelPath) + """

            ;var babel = module.exports;
            // Parse once as "unambiguous": a file with import/export is a module, anything else a
            // script, which is returned as null and left exactly as written.
            return function transform(source, filename) {
              const parsed = babel.transform(source, { filename, sourceType: 'unambiguous', babelrc: false, configFile: false, ast: true, code: false });
              if (parsed.ast.program.sourceType !== 'module') return null;
              return babel.transformFromAst(parsed.ast, source, {
                filename, babelrc: false, configFile: false, compact: false, retainLines: true,
                plugins: ['transform-modules-commonjs'],
              }).code;
            };
            })()
            """;
        var loaded = context.Run(wrapped, "sparrow:babel.js", new JsScriptOptions(UseCodeCache: true));
        return (loaded.IsOk ? context.AsFunction(loaded.Value) : null)
            ?? throw new JsHostException("Babel failed to load: " + loaded.Error?.Message);
    }

    private static string Hash(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("babel-7.28.5-commonjs\n" + source)));

    /// <summary>The words import or export anywhere (minified code puts them mid-line): a cheap filter; Babel decides.</summary>
    [GeneratedRegex(@"\b(import|export)\b")]
    private static partial Regex ModuleSyntax();
}
