namespace Sparrow.Gpu;

/// <summary>Where <see cref="GlesRenderer.UploadTexture"/> premultiplies and uploads image texels.</summary>
public enum TextureUploadPath
{
    /// <summary>On the render thread, inside the call (the texture is ready when it returns).</summary>
    RenderThread,

    /// <summary>
    /// On the renderer's upload thread, in a second context of the same share group
    /// (<see cref="TextureUploader"/>); the texture is ready once its fence has signalled.
    /// </summary>
    SharedContext,
}
