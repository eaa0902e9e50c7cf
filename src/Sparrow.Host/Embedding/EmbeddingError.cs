namespace Sparrow.Host.Embedding;

/// <summary>Why an embedding call failed. The numbers are the C ABI's <c>sparrow_status</c> values (native/include/sparrow.h).</summary>
public enum EmbeddingError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>An argument is out of range, null, or not UTF-8.</summary>
    InvalidArgument = 1,

    /// <summary>The call came before what it needs (e.g. pixels before a frame) or after close.</summary>
    WrongState = 2,

    /// <summary>The call came from another thread than the one that opened the mini program.</summary>
    WrongThread = 3,

    /// <summary>The package could not be found or read (a diagnostic says why).</summary>
    PackageNotOpened = 4,

    /// <summary>The package was read but could not start (a diagnostic says why).</summary>
    StartFailed = 5,

    /// <summary>No GPU context could be had or the app's context is unusable.</summary>
    NoGpu = 6,

    /// <summary>The caller's buffer is too small.</summary>
    BufferTooSmall = 7,

    /// <summary>An unexpected engine failure (a bug); the message says what.</summary>
    Internal = 99,
}
