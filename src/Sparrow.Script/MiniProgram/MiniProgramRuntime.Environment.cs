using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Sparrow.Script.MiniProgram;

public sealed partial class MiniProgramRuntime
{
    /// <summary>
    /// The host changed the window or the system theme after launch (lib/wx/environment.js): the
    /// figures <c>wx.getSystemInfoSync</c> reports follow; a new theme calls <c>App.onThemeChange</c>
    /// and the <c>wx.onThemeChange</c> listeners; a new size or pixel ratio calls the
    /// <c>wx.onWindowResize</c> listeners and the page's <c>onResize</c> with <c>{size}</c>.
    /// Only what differs from the current figures fires anything.
    /// </summary>
    public Task ChangeEnvironmentAsync(int windowWidth, int windowHeight, double pixelRatio, string theme, WindowInsets safeArea)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("windowWidth", windowWidth);
            json.WriteNumber("windowHeight", windowHeight);
            json.WriteNumber("pixelRatio", pixelRatio);
            json.WriteString("theme", theme);
            WriteInsets(json, safeArea);
            json.WriteEndObject();
        }

        // JSON is a JS object literal: the change goes in as written.
        var script = "__sparrowHost.require('./wx/environment.js').change(" + Encoding.UTF8.GetString(buffer.ToArray()) + ")";
        return Js.InvokeAsync(context => Call(context, script, "environment change"));
    }

    /// <summary><c>safeAreaInsets</c>: the insets the host set, in CSS px.</summary>
    internal static void WriteInsets(Utf8JsonWriter json, WindowInsets insets)
    {
        json.WriteStartObject("safeAreaInsets");
        json.WriteNumber("top", insets.Top);
        json.WriteNumber("right", insets.Right);
        json.WriteNumber("bottom", insets.Bottom);
        json.WriteNumber("left", insets.Left);
        json.WriteEndObject();
    }
}
