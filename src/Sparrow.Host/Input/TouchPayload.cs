using System;
using System.Globalization;
using System.Text;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Host.Input;

/// <summary>
/// Writes the one JSON object a touch-derived event crosses with (<c>MiniProgramRuntime.DispatchTouchAsync</c>):
/// <c>timeStamp</c>, <c>detail</c> {x, y} (the changed finger's page coordinates, as WeChat's tap
/// detail gives), <c>touches</c> and <c>changedTouches</c> ({identifier, pageX, pageY, clientX,
/// clientY}) and <c>offsets</c> (handle, offsetLeft, offsetTop of the target and its element
/// ancestors: their border boxes' page coordinates).
/// </summary>
public sealed class TouchPayload
{
    private readonly StringBuilder _json = new(256);

    /// <summary>The payload for <paramref name="delivery"/>; <paramref name="boxOf"/> gives an element's page box (null: it has none).</summary>
    public string Write(in TouchDelivery delivery, NodeStore store, Func<int, Rect?> boxOf)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(boxOf);
        _json.Clear();
        _json.Append("{\"timeStamp\":");
        Number(delivery.TimeMs);
        _json.Append(",\"detail\":{\"x\":");
        Number(delivery.Changed.PageX);
        _json.Append(",\"y\":");
        Number(delivery.Changed.PageY);
        _json.Append("},\"touches\":[");
        for (var i = 0; i < delivery.Touches.Length; i++)
        {
            if (i > 0)
            {
                _json.Append(',');
            }

            Touch(delivery.Touches[i]);
        }

        _json.Append("],\"changedTouches\":[");
        Touch(delivery.Changed);
        _json.Append("],\"offsets\":[");
        var first = true;
        for (var n = delivery.Target; n >= 0; n = store.Parent[n])
        {
            if (store.Kind[n] is not (NodeKind.Element or NodeKind.Root) || boxOf(n) is not { } box)
            {
                continue;
            }

            if (!first)
            {
                _json.Append(',');
            }

            first = false;
            _json.Append(store.Handle[n].ToString(CultureInfo.InvariantCulture)).Append(',');
            Number(box.X);
            _json.Append(',');
            Number(box.Y);
        }

        _json.Append("]}");
        return _json.ToString();
    }

    private void Touch(in TouchPoint t)
    {
        _json.Append("{\"identifier\":").Append(t.Identifier.ToString(CultureInfo.InvariantCulture));
        _json.Append(",\"pageX\":");
        Number(t.PageX);
        _json.Append(",\"pageY\":");
        Number(t.PageY);
        _json.Append(",\"clientX\":");
        Number(t.ClientX);
        _json.Append(",\"clientY\":");
        Number(t.ClientY);
        _json.Append('}');
    }

    private void Number(double value) => _json.Append(Math.Round(value, 3).ToString("R", CultureInfo.InvariantCulture));
}
