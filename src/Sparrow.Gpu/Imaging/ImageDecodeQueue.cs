using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace Sparrow.Gpu;

/// <summary>
/// Decodes images on the thread pool so the render thread never waits on a decoder. The render thread
/// posts bytes with a caller-chosen key and, once per frame, drains finished results with
/// <see cref="TryTake"/> and uploads them (textures are created on the render thread only).
/// </summary>
public sealed class ImageDecodeQueue
{
    private readonly ConcurrentQueue<DecodedImage> _done = new();

    /// <summary>Starts decoding; the bytes must not change until the result is taken.</summary>
    public Task Post(int key, ReadOnlyMemory<byte> data, string file) => Task.Run(() =>
    {
        var image = ImageDecoder.TryDecode(data.Span, file, out var diagnostic);
        _done.Enqueue(new DecodedImage(key, image, diagnostic));
    });

    public bool TryTake(out DecodedImage result) => _done.TryDequeue(out result);
}

