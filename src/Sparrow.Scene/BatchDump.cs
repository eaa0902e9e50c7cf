using System.Globalization;
using System.Text;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// The text form of a <see cref="BatchPlanner"/>'s plan, for finding what costs a page its draw calls
/// (<c>sparrow dump --batches</c>): a summary line, then one line per batch in drawing order with its
/// pipeline, instance count, textures, scissor and why it was started rather than joined to an earlier
/// batch (<see cref="BatchBreak"/>; for an overlap, the kind of the batch in between that it overlaps).
/// </summary>
public static class BatchDump
{
    /// <summary>Writes the plan <paramref name="planner"/> made for <paramref name="list"/> (call right after <see cref="BatchPlanner.Plan"/>).</summary>
    public static string Write(DisplayList list, BatchPlanner planner)
    {
        System.ArgumentNullException.ThrowIfNull(list);
        System.ArgumentNullException.ThrowIfNull(planner);
        var batches = planner.Batches;
        var breaks = planner.Breaks;
        int drawCalls = 0, layers = 0;
        var byReason = new int[(int)BatchBreak.Lookback + 1];
        foreach (var b in batches)
        {
            drawCalls += b.Kind == PrimitiveKind.LayerBegin ? 0 : 1;
            layers += b.Kind == PrimitiveKind.LayerBegin ? 1 : 0;
        }

        for (var i = 0; i < breaks.Length; i++)
        {
            if (batches[i].Kind != PrimitiveKind.LayerBegin)
            {
                byReason[(int)breaks[i]]++;
            }
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{drawCalls} draw calls, {batches.Length} batches, {layers} layers, {planner.Items.Length} of {list.Order.Count - (2 * list.Layers.Count)} primitives drawn; started by:");
        for (var r = 0; r < byReason.Length; r++)
        {
            if (byReason[r] > 0)
            {
                sb.Append(' ').Append(Name((BatchBreak)r)).Append(' ').Append(byReason[r].ToString(CultureInfo.InvariantCulture));
            }
        }

        sb.Append('\n');
        var depth = 0;
        for (var i = 0; i < batches.Length; i++)
        {
            var b = batches[i];
            depth -= b.Kind == PrimitiveKind.LayerEnd ? 1 : 0;
            sb.Append(' ', 2 * (depth + 1)).Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ');
            switch (b.Kind)
            {
                case PrimitiveKind.LayerBegin:
                    var layer = list.Layers[b.First];
                    sb.Append(CultureInfo.InvariantCulture, $"layer {b.First} opacity={layer.Opacity:0.###}{(layer.Mask.IsSet ? " masked" : string.Empty)} {{");
                    depth++;
                    break;
                case PrimitiveKind.LayerEnd:
                    sb.Append(CultureInfo.InvariantCulture, $"}} composite layer {b.First}");
                    break;
                default:
                    sb.Append(Kind(b.Kind)).Append(" x").Append(b.Count.ToString(CultureInfo.InvariantCulture));
                    var textures = planner.TexturesOf(i);
                    for (var t = 0; t < textures.Length; t++)
                    {
                        sb.Append(t == 0 ? " textures=" : ",").Append(textures[t]);
                    }

                    sb.Append(" scissor=").Append(b.Scissor == Batch.Unscissored ? "none" : R(list.Scissors[b.Scissor]));
                    sb.Append(" started: ").Append(Name(breaks[i]));
                    if (breaks[i] == BatchBreak.Overlap)
                    {
                        sb.Append(" with ").Append(planner.Blockers[i] == PrimitiveKind.LayerEnd ? "layer" : Kind(planner.Blockers[i]));
                    }

                    break;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Kind(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Quad => "quad",
        PrimitiveKind.Shadow => "shadow",
        PrimitiveKind.Gradient => "gradient",
        PrimitiveKind.Glyph => "glyph",
        PrimitiveKind.Image => "image",
        _ => kind.ToString(),
    };

    private static string Name(BatchBreak reason) => reason switch
    {
        BatchBreak.Layer => "layer",
        BatchBreak.FirstOfKind => "first-of-kind",
        BatchBreak.Textures => "textures",
        BatchBreak.Scissor => "scissor",
        BatchBreak.Overlap => "overlap",
        _ => "lookback",
    };

    private static string R(Rect r) => string.Create(CultureInfo.InvariantCulture, $"({r.X:0.##},{r.Y:0.##} {r.Width:0.##}x{r.Height:0.##})");
}
