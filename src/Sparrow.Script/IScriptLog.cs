namespace Sparrow.Script;

/// <summary>Receives <c>console.*</c> output. Called on the logic thread; keep it quick.</summary>
public interface IScriptLog
{
    void Write(in JsLogEntry entry);
}
