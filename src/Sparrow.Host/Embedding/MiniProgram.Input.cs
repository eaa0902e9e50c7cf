using System;
using System.Collections.Generic;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

public sealed partial class MiniProgram
{
    private readonly List<KeyInput> _keys = [];
    private bool _background;

    /// <summary><c>"light"</c> or <c>"dark"</c>.</summary>
    public string Theme { get; private set; }

    /// <summary>The safe-area insets, CSS px.</summary>
    public SafeAreaInsets SafeArea { get; private set; }

    /// <summary>Whether the app is in the background (<see cref="EnterBackground"/>).</summary>
    public bool IsInBackground => _background;

    /// <summary>Keys and text passed in that no focused input took (no field had focus, a key release, a key fields do not handle).</summary>
    public IReadOnlyList<KeyInput> PendingKeys => _keys;

    /// <summary>Pointer (finger or mouse button) <paramref name="id"/> goes down at client point (<paramref name="x"/>, <paramref name="y"/>) in CSS px: touchstart on the element there.</summary>
    public void PointerDown(int id, float x, float y)
    {
        VerifyPoint(x, y);
        _session.PointerDown(id, x, y);
    }

    /// <summary>The pointer moves: touchmove on its touchstart target; drags scroll the scroll-view, swiper or page under it.</summary>
    public void PointerMove(int id, float x, float y)
    {
        VerifyPoint(x, y);
        _session.PointerMove(id, x, y);
    }

    /// <summary>The pointer lifts: touchend, then tap when it stayed within 10 px.</summary>
    public void PointerUp(int id, float x, float y)
    {
        VerifyPoint(x, y);
        _session.PointerUp(id, x, y);
    }

    /// <summary>The system took the pointer away: touchcancel.</summary>
    public void PointerCancel(int id)
    {
        Verify();
        _session.PointerCancel(id);
    }

    /// <summary>A wheel or trackpad scroll of (<paramref name="deltaX"/>, <paramref name="deltaY"/>) CSS px: scrolls the page (positive y: down). Returns the page's new offset.</summary>
    public float Scroll(float deltaX, float deltaY)
    {
        Verify();
        if (!float.IsFinite(deltaX) || !float.IsFinite(deltaY))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, "a scroll delta is not a finite number");
        }

        return _session.ScrollPageTo(_session.ScrollY + deltaY);
    }

    /// <summary>
    /// A key goes down or up (<paramref name="key"/>: a DOM key name such as <c>"Enter"</c>, <c>"Backspace"</c>
    /// or <c>"a"</c>). A press of <c>Backspace</c> or <c>Enter</c> edits or confirms the focused
    /// <c>input</c>/<c>textarea</c> (its <c>bindinput</c> / <c>bindconfirm</c>); printable characters
    /// come through <see cref="Text"/>. What no focused field takes (releases, other keys, no focus) is
    /// kept in <see cref="PendingKeys"/>.
    /// </summary>
    public void Key(string key, bool down)
    {
        Verify();
        if (string.IsNullOrEmpty(key))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, "a key needs a name");
        }

        if (!down || !_session.PressKey(key))
        {
            _keys.Add(new KeyInput(key, null, down, ClockMs));
        }
    }

    /// <summary>
    /// Text committed by typing or an input method: goes into the focused <c>input</c>/<c>textarea</c> at
    /// its caret (filtered by its <c>type</c>, cut at <c>maxlength</c>; <c>bindinput</c> fires). Kept in
    /// <see cref="PendingKeys"/> when no field has focus.
    /// </summary>
    public void Text(string text)
    {
        Verify();
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && !_session.TypeText(text))
        {
            _keys.Add(new KeyInput(null, text, false, ClockMs));
        }
    }

    /// <summary>
    /// The window is now <paramref name="width"/> × <paramref name="height"/> CSS px: pages restyle (rpx,
    /// vw, @media) and lay out again; JS sees the new figures in <c>wx.getSystemInfoSync()</c>, and
    /// <c>wx.onWindowResize</c> listeners and the page's <c>onResize</c> get <c>{size: {windowWidth, windowHeight}}</c>.
    /// </summary>
    public void Resize(int width, int height)
    {
        Verify();
        if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"window size {width}x{height} is out of range (1 to 16384 CSS px)");
        }

        _session.Resize(width, height, PixelRatio);
        TellScript();
    }

    /// <summary>The device pixel ratio is now <paramref name="ratio"/> (the window moved to another screen): frames change size in device pixels.</summary>
    public void SetPixelRatio(double ratio)
    {
        Verify();
        if (!(ratio is >= 0.25 and <= 8))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"pixel ratio {ratio} is out of range (0.25 to 8)");
        }

        _session.Resize(Width, Height, ratio);
        TellScript();
    }

    /// <summary>The safe-area insets changed (rotation, a bar appeared): <c>env(safe-area-inset-*)</c> and <c>safeArea</c> of <c>wx.getSystemInfoSync()</c> follow.</summary>
    public void SetSafeArea(SafeAreaInsets insets)
    {
        Verify();
        if (!float.IsFinite(insets.Top) || !float.IsFinite(insets.Right) || !float.IsFinite(insets.Bottom) || !float.IsFinite(insets.Left) ||
            insets.Top < 0 || insets.Right < 0 || insets.Bottom < 0 || insets.Left < 0)
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, "safe-area insets must be finite and not negative");
        }

        SafeArea = insets;
        ApplyEnvironment();
        TellScript();
    }

    /// <summary>
    /// The system theme is now <paramref name="theme"/> (<c>"light"</c> or <c>"dark"</c>): <c>prefers-color-scheme</c>
    /// follows, <c>wx.getSystemInfoSync().theme</c> too, and <c>App.onThemeChange</c> and
    /// <c>wx.onThemeChange</c> listeners get <c>{theme}</c>.
    /// </summary>
    public void SetTheme(string theme)
    {
        Verify();
        if (theme is not ("light" or "dark"))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"theme '{theme}' is neither light nor dark");
        }

        Theme = theme;
        ApplyEnvironment();
        TellScript();
    }

    /// <summary>The app goes to the background: the page's <c>onHide</c>, then <c>App.onHide</c> and <c>wx.onAppHide</c> listeners.</summary>
    public void EnterBackground()
    {
        Verify();
        if (_background)
        {
            throw new EmbeddingException(EmbeddingError.WrongState, $"mini program {AppId} is already in the background");
        }

        _session.OnLogicThread(async runtime =>
        {
            await runtime.HideAsync().ConfigureAwait(false);
            return true;
        });
        _background = true;
    }

    /// <summary>The app comes back: <c>App.onShow</c> (and <c>wx.onAppShow</c>), then the page's <c>onShow</c>.</summary>
    public void EnterForeground()
    {
        Verify();
        if (!_background)
        {
            throw new EmbeddingException(EmbeddingError.WrongState, $"mini program {AppId} is not in the background");
        }

        _session.OnLogicThread(async runtime =>
        {
            await runtime.ShowAsync().ConfigureAwait(false);
            return true;
        });
        _background = false;
    }

    /// <summary>Runs <paramref name="source"/> in the mini program's global scope: its result as text, or the error's message (tests).</summary>
    internal string? Evaluate(string source)
    {
        Verify();
        var completion = _session.OnLogicThread(runtime => runtime.EvaluateAsync(source));
        return completion.IsOk ? completion.Value.ToDisplayString() : completion.Error.Message;
    }

    private void ApplyEnvironment() =>
        _session.SetEnvironment(_session.Environment with
        {
            ColorScheme = Theme,
            SafeAreaTop = SafeArea.Top,
            SafeAreaRight = SafeArea.Right,
            SafeAreaBottom = SafeArea.Bottom,
            SafeAreaLeft = SafeArea.Left,
        });

    /// <summary>Tells the base library the window and theme now; it fires the JS events for what changed (lib/wx/environment.js).</summary>
    private void TellScript() =>
        _session.OnLogicThread(async runtime =>
        {
            await runtime.ChangeEnvironmentAsync(Width, Height, PixelRatio, Theme, new WindowInsets(SafeArea.Top, SafeArea.Right, SafeArea.Bottom, SafeArea.Left)).ConfigureAwait(false);
            return true;
        });

    private void VerifyPoint(float x, float y)
    {
        Verify();
        if (!float.IsFinite(x) || !float.IsFinite(y))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, "a pointer position is not a finite number");
        }
    }
}
