using System;

namespace Sparrow.Host.Capture;

/// <summary>The constants of the capture container (docs/capture-format.md).</summary>
public static class CaptureFormat
{
    /// <summary>The container version this engine writes and reads; any other is refused.</summary>
    public const ushort Version = 1;

    /// <summary>The usual file extension.</summary>
    public const string Extension = ".spcap";

    /// <summary>The largest file a reader accepts.</summary>
    public const int MaxFileBytes = 256 << 20;

    /// <summary>The longest entry name a reader accepts, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 4096;

    /// <summary>Bytes before the first entry: magic (8), version (2), flags (2), entry count (4).</summary>
    public const int HeaderBytes = 16;

    /// <summary>The first eight bytes of every capture: <c>SPRWCAPT</c>.</summary>
    public static ReadOnlySpan<byte> Magic => "SPRWCAPT"u8;
}
