namespace Sparrow.Host.Capture;

/// <summary>What an entry of a capture container holds (docs/capture-format.md). Readers skip kinds they do not know.</summary>
internal enum CaptureEntryKind : byte
{
    /// <summary>The manifest: UTF-8 JSON (<see cref="CaptureManifest"/>). Always the first entry.</summary>
    Manifest = 1,

    /// <summary>One op batch, bytes as received; named by its index.</summary>
    Batch = 2,

    /// <summary>A stylesheet: named by package path, UTF-8 WXSS.</summary>
    StyleSheet = 3,

    /// <summary>An image file: named by package path, the file's bytes.</summary>
    Image = 4,

    /// <summary>The page's data: UTF-8 JSON.</summary>
    Data = 5,
}
