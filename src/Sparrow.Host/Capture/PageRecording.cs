using System.Collections.Generic;
using Sparrow.Css;

namespace Sparrow.Host.Capture;

/// <summary>
/// What a headless session kept of one page while <see cref="Headless.HeadlessOptions.Record"/> was
/// on: its op batches in arrival order (they are the page's tree), the stylesheets its cascade
/// resolved and the package images its painter asked for. <see cref="CaptureRecorder"/> turns it
/// into a <see cref="CaptureFile"/>. Render thread only.
/// </summary>
public sealed class PageRecording
{
    internal PageRecording(IWxssImportResolver packageStyles)
    {
        Styles = new RecordingWxssResolver(packageStyles);
    }

    /// <summary>Every batch the page received, as received (each a fresh array the session owns).</summary>
    public List<byte[]> Batches { get; } = [];

    /// <summary>The resolver the page's cascade uses; it remembers every stylesheet it found.</summary>
    internal RecordingWxssResolver Styles { get; }

    /// <summary>Package paths (e.g. <c>/images/tile.png</c>) of the images painted, first request first.</summary>
    public List<string> ImagePaths { get; } = [];

    /// <summary>Stylesheets resolved so far: package path → WXSS source text.</summary>
    public IReadOnlyDictionary<string, string> StyleSheets => Styles.Found;
}
