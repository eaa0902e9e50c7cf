using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// The instance data of a frame in the order the <see cref="BatchPlanner"/> draws it: each primitive
/// array gathered so that every planned batch is one contiguous instance range of its pipeline's buffer.
/// </summary>
public sealed partial class GlesRenderer
{
    private readonly BatchPlanner _planner = new();
    private readonly PrimitiveArray<Quad> _quadInstances = new();
    private readonly PrimitiveArray<Shadow> _shadowInstances = new();
    private readonly PrimitiveArray<Gradient> _gradientInstances = new();
    private readonly PrimitiveArray<GlyphSprite> _glyphInstances = new(64);
    private readonly PrimitiveArray<ImageSprite> _imageInstances = new();

    /// <summary>For each planned batch, its first instance in its pipeline's buffer.</summary>
    private readonly PrimitiveArray<int> _batchStarts = new(16);

    /// <summary>Plans <paramref name="list"/>'s batches and uploads each pipeline's instances in batch order.</summary>
    private void PlanAndUpload(DisplayList list)
    {
        _planner.Plan(list);
        _quadInstances.Clear();
        _shadowInstances.Clear();
        _gradientInstances.Clear();
        _glyphInstances.Clear();
        _imageInstances.Clear();
        _batchStarts.Clear();
        var items = _planner.Items;
        foreach (var batch in _planner.Batches)
        {
            _batchStarts.Add(batch.Kind switch
            {
                PrimitiveKind.Quad => _quadInstances.Count,
                PrimitiveKind.Shadow => _shadowInstances.Count,
                PrimitiveKind.Gradient => _gradientInstances.Count,
                PrimitiveKind.Glyph => _glyphInstances.Count,
                PrimitiveKind.Image => _imageInstances.Count,
                _ => batch.First,
            });
            if (batch.Kind is PrimitiveKind.LayerBegin or PrimitiveKind.LayerEnd)
            {
                continue;
            }

            foreach (var item in items.Slice(batch.First, batch.Count))
            {
                switch (item.Kind)
                {
                    case PrimitiveKind.Quad:
                        _quadInstances.Add(list.Quads[item.Index]);
                        break;
                    case PrimitiveKind.Shadow:
                        _shadowInstances.Add(list.Shadows[item.Index]);
                        break;
                    case PrimitiveKind.Gradient:
                        _gradientInstances.Add(list.Gradients[item.Index]);
                        break;
                    case PrimitiveKind.Glyph:
                        _glyphInstances.Add(list.Glyphs[item.Index]);
                        break;
                    default:
                        _imageInstances.Add(list.Images[item.Index]);
                        break;
                }
            }
        }

        _quads.Upload(_quadInstances.AsReadOnlySpan());
        _shadows.Upload(_shadowInstances.AsReadOnlySpan());
        _gradients.Upload(_gradientInstances.AsReadOnlySpan());
        _glyphs.Upload(_glyphInstances.AsReadOnlySpan());
        _images.Upload(_imageInstances.AsReadOnlySpan());
    }
}
