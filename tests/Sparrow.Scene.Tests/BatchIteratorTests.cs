using System.Collections.Generic;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

public class BatchIteratorTests
{
    private static readonly Color Blue = new(0, 0, 255, 255);

    [Fact]
    public void Runs_break_on_kind_texture_scissor_and_layers()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 1, 1), Blue));
        b.AddQuad(Quad.Fill(new Rect(1, 0, 1, 1), Blue));
        b.AddShadow(Shadow.Create(new Rect(0, 0, 5, 5), default, default, 4, 0, Blue));
        b.AddGlyph(Glyph(1));
        b.AddGlyph(Glyph(1));
        b.AddGlyph(Glyph(2));
        b.PushClip(new Rect(0, 0, 50, 50));
        b.AddGlyph(Glyph(2));
        b.PopClip();
        b.PushLayer(0.25f);
        b.AddQuad(Quad.Fill(new Rect(2, 0, 1, 1), Blue));
        b.PopLayer();
        b.AddQuad(Quad.Fill(new Rect(3, 0, 1, 1), Blue));
        var batches = Collect(b.End());

        Assert.Equal(
            new[]
            {
                new Batch(PrimitiveKind.Quad, 0, 2, TextureId.None, 0),
                new Batch(PrimitiveKind.Shadow, 0, 1, TextureId.None, 0),
                new Batch(PrimitiveKind.Glyph, 0, 2, new TextureId(1), 0),
                new Batch(PrimitiveKind.Glyph, 2, 1, new TextureId(2), 0),
                new Batch(PrimitiveKind.Glyph, 3, 1, new TextureId(2), 1),
                new Batch(PrimitiveKind.LayerBegin, 0, 1, TextureId.None, 0),
                new Batch(PrimitiveKind.Quad, 2, 1, TextureId.None, 0),
                new Batch(PrimitiveKind.LayerEnd, 0, 1, TextureId.None, 0),
                new Batch(PrimitiveKind.Quad, 3, 1, TextureId.None, 0),
            },
            batches);
    }

    [Fact]
    public void An_empty_scene_has_no_batches() =>
        Assert.Empty(Collect(new SceneBuilder(new DisplayList()).Also(b => b.Begin(new Size(1, 1))).List));

    private static GlyphSprite Glyph(uint texture) =>
        GlyphSprite.Create(new Rect(0, 0, 4, 4), new AtlasTile(new TextureId(texture), new Rect(0, 0, 4, 4)), Blue);

    private static List<Batch> Collect(DisplayList list)
    {
        var result = new List<Batch>();
        foreach (var batch in new BatchIterator(list))
        {
            result.Add(batch);
        }

        return result;
    }
}

internal static class BuilderTestExtensions
{
    public static SceneBuilder Also(this SceneBuilder b, System.Action<SceneBuilder> action)
    {
        action(b);
        return b;
    }
}
