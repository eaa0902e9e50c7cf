using System;
using System.Globalization;
using System.Text.Json;
using Sparrow.Components;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Headless;

/// <summary>
/// Text input on the render side: which <c>input</c>/<c>textarea</c> of the page on top has focus
/// and where its caret is. A tap on a field focuses it and a tap anywhere else blurs it (after the
/// tap is dispatched, as WeChat's keyboard comes up after the touch); the logic side's <c>focus</c>
/// / <c>auto-focus</c> do the same through <see cref="NativeComponents.TakeFocusRequest"/>. Typed
/// text (<see cref="TypeText"/>) and keys (<see cref="PressKey"/>) edit the field's value as a
/// native text field does (<see cref="TextEditing"/>: type filter, <c>maxlength</c>) and cross to the
/// logic thread as one event on the field's element; the base-library component
/// (<c>src/framework/lib/builtins/input.js</c>) keeps the value, draws the caret and fires
/// <c>bindinput</c>, <c>bindfocus</c>, <c>bindblur</c> and <c>bindconfirm</c>. Every such event is kept
/// in <see cref="ComponentEvents"/> under its user-facing name.
/// </summary>
public sealed partial class HeadlessSession
{
    private PageDocument? _focusPage;
    private int _focusNode = -1;
    private uint _focusGeneration;
    private int _caret;

    /// <summary>The element slot of the focused <c>input</c>/<c>textarea</c> on the page on top, or −1.</summary>
    public int FocusedInput => FocusLive() ? _focusNode : -1;

    /// <summary>The caret of the focused field, in UTF-16 code units from the start of its value, or −1 when none has focus.</summary>
    public int InputCaret => FocusLive() ? _caret : -1;

    /// <summary>
    /// Focuses the <c>input</c>/<c>textarea</c> at or above element <paramref name="node"/> of the page
    /// on top (the field blurred before gets <c>blur</c>; this one gets <c>focus</c> with its caret at
    /// the end of its value). Returns false when there is no such field or it is disabled.
    /// </summary>
    public bool FocusInput(int node)
    {
        var page = UpToDatePage();
        return page is not null && FocusField(page, node);
    }

    /// <summary>Takes focus from the focused field (it gets <c>blur</c> with its value and caret); nothing when none has it.</summary>
    public void BlurInput()
    {
        if (!FocusLive())
        {
            _focusPage = null;
            _focusNode = -1;
            return;
        }

        var page = _focusPage!;
        var field = _focusNode;
        _focusPage = null;
        _focusNode = -1;
        DispatchFieldEvent(page, field, "blur", $"{{\"value\":{Quote(FieldValue(page, field))},\"cursor\":{Int(_caret)}}}");
    }

    private bool FocusField(PageDocument page, int node)
    {
        var components = ComponentsOf(page);
        var field = components.TextFieldAt(node);
        if (field < 0 || components.IsDisabled(field))
        {
            return false;
        }

        if (FocusLive() && _focusNode == field && _focusPage == page)
        {
            return true;
        }

        BlurInput();
        _focusPage = page;
        _focusNode = field;
        _focusGeneration = page.Store.Generation[field];
        var value = FieldValue(page, field);
        _caret = value.Length;
        DispatchFieldEvent(page, field, "focus", $"{{\"value\":{Quote(value)},\"height\":0}}");
        return true;
    }

    /// <summary>
    /// Commits <paramref name="text"/> to the focused field at its caret, as a keyboard's text input
    /// does: filtered by the field's <c>type</c>, cut at its <c>maxlength</c>, then one <c>input</c>
    /// event (<c>{value, cursor, keyCode}</c>, keyCode that of the last character). In a <c>textarea</c>
    /// a line break is text; in an <c>input</c> it is dropped (press Enter to confirm). Returns false
    /// when no field has focus. Render thread, like the rest of the session.
    /// </summary>
    public bool TypeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!FocusLive())
        {
            return false;
        }

        var page = _focusPage!;
        var field = _focusNode;
        var components = ComponentsOf(page);
        var type = components.IsTextarea(field) ? TextInputType.MultiLine : TextEditing.TypeOf(Attribute(page, field, "type"));
        var value = FieldValue(page, field);
        var (edited, caret) = TextEditing.Insert(value, _caret, text, type, TextEditing.MaxLengthOf(Attribute(page, field, "maxlength")));
        if (edited == value)
        {
            return true; // nothing the keyboard has, or no room: a native field stays silent
        }

        _caret = caret;
        var keyCode = text.Length > 0 ? text[^1] : 0;
        SendInput(page, field, edited, keyCode);
        return true;
    }

    /// <summary>
    /// A key on the focused field: <c>Backspace</c> deletes before the caret (an <c>input</c> event with
    /// keyCode 8); <c>Enter</c> confirms an <c>input</c> (<c>confirm</c> with its value, then <c>blur</c>,
    /// as <c>confirm-hold</c> false does) and is a line break in a <c>textarea</c>. Returns false when
    /// no field has focus or the key is not one of these.
    /// </summary>
    public bool PressKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!FocusLive())
        {
            return false;
        }

        var page = _focusPage!;
        var field = _focusNode;
        switch (key)
        {
            case "Backspace":
                var value = FieldValue(page, field);
                var (edited, caret) = TextEditing.DeleteBackward(value, _caret);
                if (edited != value)
                {
                    _caret = caret;
                    SendInput(page, field, edited, 8);
                }

                return true;
            case "Enter" when ComponentsOf(page).IsTextarea(field):
                return TypeText("\n");
            case "Enter":
                DispatchFieldEvent(page, field, "confirm", $"{{\"value\":{Quote(FieldValue(page, field))}}}");
                BlurInput();
                return true;
            default:
                return false;
        }
    }

    /// <summary>The tap at <paramref name="target"/> was dispatched: a field under it takes focus, else the focused field blurs.</summary>
    private void FocusOnTap(int target)
    {
        if (CurrentPage is not { } page)
        {
            return;
        }

        var field = target < 0 ? -1 : ComponentsOf(page).TextFieldAt(target);
        if (field < 0 || !FocusField(page, field))
        {
            BlurInput();
        }
    }

    /// <summary>After a components update: the logic side's <c>focus</c>/<c>auto-focus</c> requests.</summary>
    private void SyncFocusRequests(PageDocument page, NativeComponents components)
    {
        if (_focusPage is not null && _focusPage != page && page == CurrentPage)
        {
            // Another page is on top (navigateTo, switchTab…): the keyboard went away with the old page.
            // Its blur cannot be dispatched (events go to the page on top), so focus just ends.
            _focusPage = null;
            _focusNode = -1;
        }

        var blur = components.TakeBlurRequest();
        if (blur >= 0 && FocusLive() && _focusPage == page && _focusNode == blur)
        {
            BlurInput();
        }

        var focus = components.TakeFocusRequest();
        if (focus >= 0 && page == CurrentPage)
        {
            FocusField(page, focus);
        }
    }

    private void SendInput(PageDocument page, int field, string value, int keyCode) =>
        DispatchFieldEvent(page, field, "input", $"{{\"value\":{Quote(value)},\"cursor\":{Int(_caret)},\"keyCode\":{Int(keyCode)}}}");

    /// <summary>One field event: crosses as <c>sparrow&lt;type&gt;</c> to the base-library component, which fires <paramref name="type"/>.</summary>
    private void DispatchFieldEvent(PageDocument page, int field, string type, string detail) =>
        DispatchComponentEvent(page, new ComponentEvent(field, page.Store.Generation[field], "sparrow" + type, detail), type);

    private bool FocusLive()
    {
        var page = _focusPage;
        var node = _focusNode;
        return page is not null && page == CurrentPage && (uint)node < (uint)page.Store.SlotCount && page.Store.Generation[node] == _focusGeneration
            && page.Store.Kind[node] == Dom.NodeKind.Element;
    }

    private static string FieldValue(PageDocument page, int field) => Attribute(page, field, "value") ?? string.Empty;

    private static string? Attribute(PageDocument page, int node, string name) =>
        page.Store.Atoms.TryGet(name, out var atom) ? page.Store.GetAttribute(node, atom) : null;

    private static string Quote(string value) => "\"" + JsonEncodedText.Encode(value).ToString() + "\"";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
