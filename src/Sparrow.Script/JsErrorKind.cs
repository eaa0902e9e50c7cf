namespace Sparrow.Script;

/// <summary>Why a piece of JS did not complete.</summary>
public enum JsErrorKind
{
    /// <summary>The source did not compile.</summary>
    Syntax,

    /// <summary>An exception was thrown and not caught.</summary>
    Exception,

    /// <summary>The watchdog ended a task that ran past its time limit.</summary>
    Timeout,

    /// <summary>Execution was ended from outside (runtime shutting down, host request).</summary>
    Terminated,

    /// <summary>The isolate neared its heap limit; the task was ended to protect the process.</summary>
    HeapLimit,

    /// <summary>The bridge itself failed (a broken invariant in the shim or a bad call).</summary>
    Internal,
}
