using System;
using Sparrow.Core;

namespace Sparrow.Host.Queries;

/// <summary>
/// One page's pull-down refresh (WebView renderer semantics), decided on the render thread without
/// waiting for JS: with <c>enablePullDownRefresh</c> on, a vertical drag that pulls the page down
/// while it is scrolled to the top moves the page down at <see cref="Resistance"/> of the finger's
/// distance (up to <see cref="MaxOffset"/>); releasing at least <see cref="Threshold"/> px down
/// starts a refresh (the page eases to <see cref="RefreshingOffset"/> and stays there, the
/// three-dot indicator showing in the window background above it, until <c>wx.stopPullDownRefresh</c>);
/// releasing sooner springs back. <c>wx.startPullDownRefresh</c> starts one as a pull would.
/// WeChat documents no figures; these follow what its WebView shows (a band of about 50 px).
/// </summary>
public sealed class PullDownRefresh
{
    /// <summary>CSS px the page must be pulled down to refresh on release.</summary>
    public const float Threshold = 50;

    /// <summary>CSS px the page stays pulled down while refreshing: the indicator's band.</summary>
    public const float RefreshingOffset = 50;

    /// <summary>The page moves this fraction of the finger's distance while pulled.</summary>
    public const float Resistance = 0.5f;

    /// <summary>The farthest the page can be pulled down, CSS px.</summary>
    public const float MaxOffset = 150;

    /// <summary>How long the page takes to ease to the band or back to the top, ms of the virtual clock.</summary>
    public const double SettleMs = 300;

    private PullState _state;
    private float _pulled;
    private float _from;
    private float _to;
    private double _startMs;

    private enum PullState
    {
        Idle,
        Pulling,
        Refreshing,
        Returning,
    }

    /// <summary><c>enablePullDownRefresh</c> of the page's json, else app.json's <c>window</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>backgroundTextStyle</c> is <c>dark</c> (the default): dark dots; else light ones.</summary>
    public bool DarkIndicator { get; set; } = true;

    /// <summary>The window's <c>backgroundColor</c>, shown above a pulled page.</summary>
    public Color Background { get; set; } = Color.White;

    /// <summary>Whether the finger is pulling the page down now.</summary>
    public bool Pulling => _state == PullState.Pulling;

    /// <summary>Whether a refresh runs (from release or <c>startPullDownRefresh</c> until <c>stopPullDownRefresh</c>).</summary>
    public bool Refreshing => _state == PullState.Refreshing;

    /// <summary>How far down the page is drawn at <paramref name="nowMs"/>, CSS px (0: not pulled).</summary>
    public float OffsetAt(double nowMs)
    {
        if (_state == PullState.Pulling)
        {
            return _pulled;
        }

        if (_state == PullState.Idle)
        {
            return 0;
        }

        var t = Math.Clamp((nowMs - _startMs) / SettleMs, 0, 1);
        if (t >= 1 && _state == PullState.Returning)
        {
            _state = PullState.Idle;
            return 0;
        }

        // Ease-out (cubic), as the system's scroll views settle.
        var eased = 1 - Math.Pow(1 - t, 3);
        return _from + (float)((_to - _from) * eased);
    }

    /// <summary>
    /// A drag wants to scroll the page by <paramref name="delta"/> CSS px (negative: the finger moves
    /// down) while it is scrolled to <paramref name="scrollY"/>. Returns whether the pull took it
    /// (then the page must not scroll).
    /// </summary>
    public bool TryPull(float delta, float scrollY, double nowMs)
    {
        if (!Enabled || _state == PullState.Refreshing)
        {
            return false;
        }

        if (_state == PullState.Pulling)
        {
            _pulled = Math.Clamp(_pulled - (delta * Resistance), 0, MaxOffset);
            if (_pulled == 0)
            {
                _state = PullState.Idle;
            }

            return true;
        }

        if (delta >= 0 || scrollY > 0)
        {
            return false;
        }

        // A page still springing back is caught where it is.
        _pulled = Math.Clamp(OffsetAt(nowMs) - (delta * Resistance), 0, MaxOffset);
        _state = PullState.Pulling;
        return true;
    }

    /// <summary>The finger lifted (or was taken away): returns whether a refresh starts now (post <c>onPullDownRefresh</c>).</summary>
    public bool Release(double nowMs, bool cancelled = false)
    {
        if (_state != PullState.Pulling)
        {
            return false;
        }

        if (!cancelled && _pulled >= Threshold)
        {
            EaseTo(PullState.Refreshing, _pulled, RefreshingOffset, nowMs);
            return true;
        }

        EaseTo(PullState.Returning, _pulled, 0, nowMs);
        return false;
    }

    /// <summary><c>wx.startPullDownRefresh</c>: returns whether a refresh starts now (false: one already runs).</summary>
    public bool Start(double nowMs)
    {
        if (_state == PullState.Refreshing)
        {
            return false;
        }

        EaseTo(PullState.Refreshing, OffsetAt(nowMs), RefreshingOffset, nowMs);
        return true;
    }

    /// <summary><c>wx.stopPullDownRefresh</c>: the page eases back to the top.</summary>
    public void Stop(double nowMs)
    {
        if (_state is PullState.Refreshing or PullState.Pulling)
        {
            EaseTo(PullState.Returning, OffsetAt(nowMs), 0, nowMs);
        }
    }

    private void EaseTo(PullState state, float from, float to, double nowMs)
    {
        _state = state;
        (_from, _to, _startMs) = (from, to, nowMs);
    }
}
