using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>A finished decode from <see cref="ImageDecodeQueue"/>: the image, or null and the reason.</summary>
public readonly record struct DecodedImage(int Key, RgbaImage? Image, Diagnostic? Diagnostic);
