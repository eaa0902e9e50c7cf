namespace Sparrow.Gpu;

/// <summary>
/// A texture the upload thread filled (<see cref="TextureUploader"/>), crossing to the render thread:
/// the <see cref="Scene.TextureId"/> value it was posted under, the GL texture name (shared by both contexts)
/// and the fence that signals when the upload is complete.
/// </summary>
internal readonly record struct UploadedTexture(uint Ticket, uint Name, nint Fence);
