using Sparrow.Core;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// The instance data of a frame in the order the <see cref="BatchPlanner"/> draws it: each primitive
/// array gathered so that every planned batch is one contiguous instance range of its pipeline's buffer.
/// Glyph and image batches bind up to <see cref="TextureSlots"/> textures (units 0..7, the shaders'
/// <c>u_textures</c>); the copy of each sprite uploaded carries its slot in its texture field, which the
/// shaders read as <c>a_texture_slot</c> (the scene's own sprites keep their texture ids).
/// </summary>
public sealed unsafe partial class GlesRenderer
{
    /// <summary>How many textures one glyph or image draw call samples (GLES 3.0 guarantees 16 fragment texture units).</summary>
    public const int TextureSlots = 8;

    private readonly BatchPlanner _planner = new(TextureSlots);
    private readonly PrimitiveArray<Quad> _quadInstances = new();
    private readonly PrimitiveArray<Shadow> _shadowInstances = new();
    private readonly PrimitiveArray<Gradient> _gradientInstances = new();
    private readonly PrimitiveArray<GlyphSprite> _glyphInstances = new(64);
    private readonly PrimitiveArray<ImageSprite> _imageInstances = new();

    /// <summary>For each planned batch, its first instance in its pipeline's buffer.</summary>
    private readonly PrimitiveArray<int> _batchStarts = new(16);

    private bool _glyphSlotUniformsSet;
    private bool _imageSlotUniformsSet;

    /// <summary>
    /// Whether primitives may move to share draw calls (<see cref="BatchPlanner.Reorder"/>; on by default).
    /// Off, each primitive is a draw call in paint order: what tests compare a plan's pixels with.
    /// </summary>
    public bool ReorderBatches
    {
        get => _planner.Reorder;
        set => _planner.Reorder = value;
    }

    /// <summary>
    /// The last <see cref="Draw"/>'s batches as <see cref="BatchDump"/> text (why each batch started);
    /// <paramref name="list"/> must be the list that frame drew.
    /// </summary>
    public string LastPlanText(DisplayList list) => BatchDump.Write(list, _planner);

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
        var slots = _planner.Slots;
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

            for (var i = batch.First; i < batch.First + batch.Count; i++)
            {
                var item = items[i];
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
                        var glyph = list.Glyphs[item.Index];
                        glyph.Texture = new TextureId(slots[i]); // the GPU copy's texture field is its slot in the batch
                        _glyphInstances.Add(glyph);
                        break;
                    default:
                        var image = list.Images[item.Index];
                        image.Texture = new TextureId(slots[i]);
                        _imageInstances.Add(image);
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

    /// <summary>Draws planned primitive batch <paramref name="b"/>: its scissor, its pipeline, its textures, one instanced call.</summary>
    private void DrawBatch(DisplayList list, int b, int width, int height)
    {
        var batch = _planner.Batches[b];
        Scissor(batch.Scissor == Batch.Unscissored ? new Rect(0, 0, width, height) : list.Scissors[batch.Scissor], height);
        var pipeline = batch.Kind switch
        {
            PrimitiveKind.Quad => _quads,
            PrimitiveKind.Shadow => _shadows,
            PrimitiveKind.Gradient => _gradients,
            PrimitiveKind.Glyph => _glyphs,
            _ => _images,
        };

        // Gradients read the stop texture (rows used only by long gradients) as their u_texture.
        pipeline.Use(width, height, batch.Kind == PrimitiveKind.Gradient ? _rampTexture : 0);
        if (batch.Kind is PrimitiveKind.Glyph or PrimitiveKind.Image)
        {
            BindTextureSlots(pipeline, _planner.TexturesOf(b));
        }

        pipeline.Draw(_batchStarts[b], batch.Count);
    }

    /// <summary>Binds a batch's textures to units 0.. in slot order (the sprite shaders' <c>u_textures</c>); <paramref name="pipeline"/> is current.</summary>
    private void BindTextureSlots(Pipeline pipeline, System.ReadOnlySpan<TextureId> textures)
    {
        ref var set = ref pipeline == _glyphs ? ref _glyphSlotUniformsSet : ref _imageSlotUniformsSet;
        if (!set)
        {
            // Sampler uniforms keep their values: u_textures[i] reads unit i from now on.
            for (var s = 0; s < TextureSlots; s++)
            {
                Gl.glUniform1i(pipeline.Program.Uniform("u_textures[" + s.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"), s);
            }

            set = true;
        }

        for (var s = 0; s < textures.Length; s++)
        {
            Gl.glActiveTexture(Gl.GL_TEXTURE0 + (uint)s);
            Gl.glBindTexture(Gl.GL_TEXTURE_2D, Texture(textures[s]).Name);
        }

        Gl.glActiveTexture(Gl.GL_TEXTURE0);
    }
}
