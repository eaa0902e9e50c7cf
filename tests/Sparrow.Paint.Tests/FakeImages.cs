using System.Collections.Generic;
using Sparrow.Scene;

namespace Sparrow.Paint.Tests;

/// <summary>An <see cref="IImageSource"/> with images registered by URL; any other URL stays "loading".</summary>
internal sealed class FakeImages : IImageSource
{
    private readonly Dictionary<string, (TextureId Texture, int Width, int Height)> _images = [];

    public int Requests { get; private set; }

    public FakeImages Add(string url, uint texture, int width, int height)
    {
        _images[url] = (new TextureId(texture), width, height);
        return this;
    }

    public bool TryGetImage(string url, out TextureId texture, out int width, out int height)
    {
        Requests++;
        if (_images.TryGetValue(url, out var image))
        {
            (texture, width, height) = image;
            return true;
        }

        texture = default;
        width = height = 0;
        return false;
    }
}
