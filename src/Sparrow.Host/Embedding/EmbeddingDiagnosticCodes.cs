namespace Sparrow.Host.Embedding;

/// <summary>Diagnostics of the embedding API (SP1150–SP1159).</summary>
public static class EmbeddingDiagnosticCodes
{
    /// <summary>A package could not be opened: no such folder or archive, or its <c>app.json</c> is missing or unreadable.</summary>
    public const string PackageNotOpened = "SP1150";

    /// <summary>A package failed to start: the base library, app.js or the launch page could not run.</summary>
    public const string StartFailed = "SP1151";

    /// <summary>A call came in the wrong order or from the wrong thread (also returned to the caller as an error).</summary>
    public const string BadCall = "SP1152";

    /// <summary>A callback of the embedding app threw; the engine went on.</summary>
    public const string CallbackFailed = "SP1153";
}
