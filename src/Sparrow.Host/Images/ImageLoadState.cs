namespace Sparrow.Host.Images;

/// <summary>Where the load of one image URL stands (<see cref="Rendering.PackageImageSource.StateOf"/>).</summary>
public enum ImageLoadState : byte
{
    /// <summary>Reading or decoding, or not asked for yet.</summary>
    Loading,

    /// <summary>Decoded: its natural size is known (and, with a GPU, it is uploaded).</summary>
    Ready,

    /// <summary>Missing, unreadable, undecodable or not fetchable here; the reason was reported once.</summary>
    Failed,
}
