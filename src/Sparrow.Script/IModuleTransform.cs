namespace Sparrow.Script;

/// <summary>
/// Rewrites a module's source before <c>require</c> compiles it (e.g. ES-module syntax to
/// CommonJS). Runs on the logic thread inside the <c>require</c> call, so it may call into JS
/// through the context it is given. Throw <see cref="JsHostException"/> for a source it cannot
/// transform; the message reaches the requiring code as an Error.
/// </summary>
public interface IModuleTransform
{
    string Transform(JsContext context, string path, string source);
}
