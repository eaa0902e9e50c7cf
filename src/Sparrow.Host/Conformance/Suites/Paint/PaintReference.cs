namespace Sparrow.Host.Conformance.Suites.Paint;

/// <summary>Which of Chromium's two raster paths drew a paint reference.</summary>
internal enum PaintReference
{
    /// <summary>Skia's CPU rasteriser (headless <c>--disable-gpu</c>): <c>references/</c>, every case has one.</summary>
    Software,

    /// <summary>Skia Ganesh, the GPU path a phone's WebView takes: <c>references-gpu/</c>, optional per case.</summary>
    Gpu,
}
