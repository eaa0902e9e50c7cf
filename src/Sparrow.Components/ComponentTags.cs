using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Components;

/// <summary>
/// The tag and attribute atoms the components read, interned once per page. A tag matches with or
/// without the <c>wx-</c> prefix (the node store keeps glass-easel's logical name).
/// </summary>
internal sealed class ComponentTags
{
    public ComponentTags(AtomTable atoms)
    {
        ScrollView = atoms.Intern("scroll-view");
        WxScrollView = atoms.Intern("wx-scroll-view");
        Swiper = atoms.Intern("swiper");
        WxSwiper = atoms.Intern("wx-swiper");
        SwiperItem = atoms.Intern("swiper-item");
        WxSwiperItem = atoms.Intern("wx-swiper-item");
        ScrollX = atoms.Intern("scroll-x");
        ScrollY = atoms.Intern("scroll-y");
        ScrollTop = atoms.Intern("scroll-top");
        ScrollLeft = atoms.Intern("scroll-left");
        ScrollIntoView = atoms.Intern("scroll-into-view");
        ScrollWithAnimation = atoms.Intern("scroll-with-animation");
        UpperThreshold = atoms.Intern("upper-threshold");
        LowerThreshold = atoms.Intern("lower-threshold");
        Current = atoms.Intern("current");
        Autoplay = atoms.Intern("autoplay");
        Interval = atoms.Intern("interval");
        Duration = atoms.Intern("duration");
        Circular = atoms.Intern("circular");
        Vertical = atoms.Intern("vertical");
        ItemId = atoms.Intern("item-id");
        ScrollEvent = atoms.Intern("scroll");
        Enhanced = atoms.Intern("enhanced");
        BouncesAttribute = atoms.Intern("bounces");
        RefresherEnabled = atoms.Intern("refresher-enabled");
        RefresherThreshold = atoms.Intern("refresher-threshold");
        RefresherTriggered = atoms.Intern("refresher-triggered");
        IndicatorDots = atoms.Intern("indicator-dots");
        IndicatorColor = atoms.Intern("indicator-color");
        IndicatorActiveColor = atoms.Intern("indicator-active-color");
        Input = atoms.Intern("input");
        WxInput = atoms.Intern("wx-input");
        Textarea = atoms.Intern("textarea");
        WxTextarea = atoms.Intern("wx-textarea");
        Focus = atoms.Intern("focus");
        AutoFocus = atoms.Intern("auto-focus");
        Disabled = atoms.Intern("disabled");
        PreviousMargin = atoms.Intern("previous-margin");
        NextMargin = atoms.Intern("next-margin");
        DisplayMultipleItems = atoms.Intern("display-multiple-items");
        RefresherDefaultStyle = atoms.Intern("refresher-default-style");
        RefresherBackground = atoms.Intern("refresher-background");
    }

    public Atom RefresherDefaultStyle { get; }

    public Atom RefresherBackground { get; }

    public Atom PreviousMargin { get; }

    public Atom NextMargin { get; }

    public Atom DisplayMultipleItems { get; }

    public Atom Input { get; }

    public Atom WxInput { get; }

    public Atom Textarea { get; }

    public Atom WxTextarea { get; }

    public Atom Focus { get; }

    public Atom AutoFocus { get; }

    public Atom Disabled { get; }

    public Atom Enhanced { get; }

    public Atom BouncesAttribute { get; }

    public Atom RefresherEnabled { get; }

    public Atom RefresherThreshold { get; }

    public Atom RefresherTriggered { get; }

    public Atom IndicatorDots { get; }

    public Atom IndicatorColor { get; }

    public Atom IndicatorActiveColor { get; }

    public Atom ScrollView { get; }

    public Atom WxScrollView { get; }

    public Atom Swiper { get; }

    public Atom WxSwiper { get; }

    public Atom SwiperItem { get; }

    public Atom WxSwiperItem { get; }

    public Atom ScrollX { get; }

    public Atom ScrollY { get; }

    public Atom ScrollTop { get; }

    public Atom ScrollLeft { get; }

    public Atom ScrollIntoView { get; }

    public Atom ScrollWithAnimation { get; }

    public Atom UpperThreshold { get; }

    public Atom LowerThreshold { get; }

    public Atom Current { get; }

    public Atom Autoplay { get; }

    public Atom Interval { get; }

    public Atom Duration { get; }

    public Atom Circular { get; }

    public Atom Vertical { get; }

    public Atom ItemId { get; }

    /// <summary>The <c>scroll</c> event type, to skip building <c>bindscroll</c>'s detail nobody listens to.</summary>
    public Atom ScrollEvent { get; }

    public bool IsScrollView(Atom tag) => tag == ScrollView || tag == WxScrollView;

    public bool IsSwiper(Atom tag) => tag == Swiper || tag == WxSwiper;

    /// <summary>An <c>input</c> or a <c>textarea</c>: a field that takes focus and typed text.</summary>
    public bool IsTextField(Atom tag) => tag == Input || tag == WxInput || tag == Textarea || tag == WxTextarea;

    public bool IsTextarea(Atom tag) => tag == Textarea || tag == WxTextarea;

    public bool IsSwiperItem(Atom tag) => tag == SwiperItem || tag == WxSwiperItem;

    /// <summary>Whether <paramref name="node"/> has a listener for <paramref name="type"/> on itself (component events do not bubble).</summary>
    public static bool Listens(NodeStore store, int node, Atom type)
    {
        foreach (var listener in store.Listeners(node))
        {
            if (listener.Type == type)
            {
                return true;
            }
        }

        return false;
    }
}
