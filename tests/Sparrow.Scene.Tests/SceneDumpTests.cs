using System.Numerics;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

public class SceneDumpTests
{
    [Fact]
    public void A_small_scene_dumps_one_line_per_item()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(64, 48));
        b.AddShadow(Shadow.Create(new Rect(8, 8, 32, 16), CornerRadii.Uniform(4), new Point(0, 2), 6, 1, new Color(0, 0, 0, 128)));
        b.AddQuad(Quad.Fill(new Rect(8, 8, 32, 16), new Color(255, 255, 255, 255), CornerRadii.Uniform(4)).WithBorder(1, new Color(0, 0, 255, 255), BorderStyle.Dashed));
        b.PushRoundedClip(new Rect(0, 0, 20, 20), CornerRadii.Uniform(5));
        b.PushLayer(0.5f);
        b.PushTransform(Matrix3x2.CreateTranslation(2, 3));
        b.AddGradient(Gradient.Linear(new Rect(0, 0, 10, 10), new Point(0, 0), new Point(10, 0), [0, 1], [new Color(255, 0, 0, 255), new Color(0, 0, 255, 255)]));
        b.PopTransform();
        b.PopLayer();
        b.PopClip();
        b.AddImage(ImageSprite.Create(new Rect(30, 30, 8, 8), new TextureId(7), 0.75f));

        var expected = """
            scene 64x48
              shadow (8,8 32x16) offset=0,2 blur=6 spread=1 color=#00000080 radii=4,4,4,4
              quad (8,8 32x16) bg=#ffffff radii=4,4,4,4 border=1,1,1,1 #0000ff,#0000ff,#0000ff,#0000ff dashed,dashed,dashed,dashed
              layer opacity=0.5 { scissor=(0,0 20x20)
                linear-gradient (0,0 10x10) from=0,0 to=10,0 stops=#ff0000 0,#0000ff 1 transform=[1 0 0 1 2 3] clip=(0,0 20x20) radii=5,5,5,5 scissor=(0,0 20x20)
              } scissor=(0,0 20x20)
              image (30,30 8x8) texture=t7 opacity=0.75

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", System.StringComparison.Ordinal), SceneDump.Write(b.End()));
    }
}
