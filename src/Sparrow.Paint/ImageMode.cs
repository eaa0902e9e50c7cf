namespace Sparrow.Paint;

/// <summary>
/// The <c>mode</c> attribute of WeChat's <c>image</c> component
/// (https://developers.weixin.qq.com/miniprogram/dev/component/image.html): four scaling modes and
/// nine cropping ones, which show the image at its natural size aligned as named.
/// </summary>
internal enum ImageMode : byte
{
    /// <summary>Stretch to fill the box (the default).</summary>
    ScaleToFill,

    /// <summary>Scale keeping the aspect ratio so the whole image fits (CSS <c>contain</c>), centered.</summary>
    AspectFit,

    /// <summary>Scale keeping the aspect ratio so the image covers the box (CSS <c>cover</c>), centered, cropped.</summary>
    AspectFill,

    /// <summary>Layout derived the height from the width; paints as scaleToFill.</summary>
    WidthFix,

    /// <summary>Layout derived the width from the height; paints as scaleToFill.</summary>
    HeightFix,
    Top,
    Bottom,
    Center,
    Left,
    Right,
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}
