using System;

namespace Sparrow.Host.Capture;

/// <summary>A capture file that cannot be read: not a capture, another format version, truncated or corrupt. The message names the file and the byte offset.</summary>
public sealed class CaptureFormatException(string message) : Exception(message);
