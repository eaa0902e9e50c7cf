using System;
using System.Collections.Generic;

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

    /// <summary>Keys and text passed in and not yet taken by a focused input (delivery to inputs comes later).</summary>
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

    /// <summary>A key goes down or up (<paramref name="key"/>: a DOM key name such as <c>"Enter"</c> or <c>"a"</c>). Kept in <see cref="PendingKeys"/>.</summary>
    public void Key(string key, bool down)
    {
        Verify();
        if (string.IsNullOrEmpty(key))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, "a key needs a name");
        }

        _keys.Add(new KeyInput(key, null, down, ClockMs));
    }

    /// <summary>Text committed by typing or an input method. Kept in <see cref="PendingKeys"/>.</summary>
    public void Text(string text)
    {
        Verify();
        ArgumentNullException.ThrowIfNull(text);
        _keys.Add(new KeyInput(null, text, false, ClockMs));
    }

    /// <summary>The window is now <paramref name="width"/> × <paramref name="height"/> CSS px: pages restyle (rpx, vw, @media) and lay out again.</summary>
    public void Resize(int width, int height)
    {
        Verify();
        if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"window size {width}x{height} is out of range (1 to 16384 CSS px)");
        }

        _session.Resize(width, height, PixelRatio);
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
    }

    /// <summary>The safe-area insets changed (rotation, a bar appeared): <c>env(safe-area-inset-*)</c> follows.</summary>
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
    }

    /// <summary>The system theme is now <paramref name="theme"/> (<c>"light"</c> or <c>"dark"</c>): <c>prefers-color-scheme</c> follows.</summary>
    public void SetTheme(string theme)
    {
        Verify();
        if (theme is not ("light" or "dark"))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"theme '{theme}' is neither light nor dark");
        }

        Theme = theme;
        ApplyEnvironment();
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

    private void VerifyPoint(float x, float y)
    {
        Verify();
        if (!float.IsFinite(x) || !float.IsFinite(y))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, "a pointer position is not a finite number");
        }
    }
}
