using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Host.Input;

/// <summary>One action object → <see cref="InputAction"/>, or the reason it is not one.</summary>
public static partial class InputScriptReader
{
    private static bool TryAction(JsonElement e, SourceLocation location, [NotNullWhen(true)] out InputAction? action, [NotNullWhen(false)] out string? error)
    {
        action = null;
        if (e.ValueKind != JsonValueKind.Object)
        {
            error = $"an action is a JSON object, not {Describe(e)}";
            return false;
        }

        string? key = null;
        JsonElement value = default;
        foreach (var property in e.EnumerateObject())
        {
            if (property.Name is "at" or "duration" or "steps" or "finger" or "target")
            {
                continue;
            }

            if (Kind(property.Name) is null)
            {
                error = $"unknown action '{property.Name}' (expected tap, longpress, swipe, down, move, up, cancel, wait, frame, scroll, type, key or back)";
                return false;
            }

            if (key is not null)
            {
                error = $"one action per line: '{key}' and '{property.Name}' are both here";
                return false;
            }

            key = property.Name;
            value = property.Value;
        }

        if (key is null)
        {
            error = "the action names none of tap, longpress, swipe, down, move, up, cancel, wait, frame, scroll, type, key or back";
            return false;
        }

        var kind = Kind(key)!.Value;
        var draft = new InputAction(kind, location);
        if (!TryOptions(e, value, kind, ref draft, out error) || !TryOperand(kind, value, ref draft, out error))
        {
            return false;
        }

        if (e.TryGetProperty("target", out var typeTarget))
        {
            if (kind != InputActionKind.Type)
            {
                error = "'target' goes only with 'type' (the input to tap first)";
                return false;
            }

            if (!TryTarget(typeTarget, out var tapped, out error))
            {
                return false;
            }

            draft = draft with { Target = tapped };
        }

        action = draft;
        return true;
    }

    private static InputActionKind? Kind(string name) => name switch
    {
        "tap" => InputActionKind.Tap,
        "longpress" => InputActionKind.LongPress,
        "swipe" => InputActionKind.Swipe,
        "down" => InputActionKind.Down,
        "move" => InputActionKind.Move,
        "up" => InputActionKind.Up,
        "cancel" => InputActionKind.Cancel,
        "wait" => InputActionKind.Wait,
        "frame" => InputActionKind.Frame,
        "scroll" => InputActionKind.Scroll,
        "type" => InputActionKind.Type,
        "key" => InputActionKind.Key,
        "back" => InputActionKind.Back,
        _ => null,
    };

    /// <summary>"at", "duration", "steps" and "finger", on the action or (for a gesture object) inside it.</summary>
    private static bool TryOptions(JsonElement action, JsonElement operand, InputActionKind kind, ref InputAction draft, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var duration = kind switch
        {
            InputActionKind.Tap => 50,
            InputActionKind.LongPress => 500,
            InputActionKind.Swipe => 300,
            _ => 0d,
        };
        var steps = kind == InputActionKind.Swipe ? 10 : 1;
        if (action.TryGetProperty("at", out var at))
        {
            if (!TryDuration(at, out var ms))
            {
                error = $"'at' must be a time such as \"100ms\" or \"1.5s\", not {Describe(at)}";
                return false;
            }

            draft = draft with { AtMs = ms };
        }

        var options = operand.ValueKind == JsonValueKind.Object && kind != InputActionKind.Wait ? operand : action;
        if (Find(action, options, "duration") is { } d && !TryDuration(d, out duration))
        {
            error = $"'duration' must be a time such as \"300ms\", not {Describe(d)}";
            return false;
        }

        if (Find(action, options, "steps") is { } s && (!s.TryGetInt32(out steps) || steps < 1 || steps > 1000))
        {
            error = "'steps' must be a whole number from 1 to 1000";
            return false;
        }

        var finger = 0;
        if (Find(action, options, "finger") is { } f && (!f.TryGetInt32(out finger) || finger < 0 || finger > 9))
        {
            error = "'finger' must be a whole number from 0 to 9";
            return false;
        }

        draft = draft with { DurationMs = duration, Steps = steps, Finger = finger };
        return true;

        static JsonElement? Find(JsonElement action, JsonElement options, string name) =>
            action.TryGetProperty(name, out var v) ? v : options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out v) ? v : null;
    }

    private static bool TryOperand(InputActionKind kind, JsonElement value, ref InputAction draft, [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (kind)
        {
            case InputActionKind.Tap or InputActionKind.LongPress or InputActionKind.Down or InputActionKind.Move or InputActionKind.Up:
                if (!TryTarget(value, out var target, out error))
                {
                    return false;
                }

                draft = draft with { Target = target };
                return true;
            case InputActionKind.Swipe:
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("from", out var from) || !value.TryGetProperty("to", out var to))
                {
                    error = "a swipe is {\"from\": [x, y], \"to\": [x, y]} (a point, an {\"x\", \"y\"} object or a selector each)";
                    return false;
                }

                if (!TryTarget(from, out var start, out error) || !TryTarget(to, out var end, out error))
                {
                    return false;
                }

                draft = draft with { Target = start, To = end };
                return true;
            case InputActionKind.Cancel:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var finger) && finger is >= 0 and <= 9)
                {
                    draft = draft with { Finger = finger };
                    return true;
                }

                if (value.ValueKind == JsonValueKind.True)
                {
                    return true;
                }

                error = "'cancel' takes a finger (0 to 9) or true";
                return false;
            case InputActionKind.Wait:
                if (!TryDuration(value, out var ms))
                {
                    error = $"'wait' takes a time such as \"500ms\" or \"2s\", not {Describe(value)}";
                    return false;
                }

                draft = draft with { DurationMs = ms };
                return true;
            case InputActionKind.Type:
                if (value.ValueKind != JsonValueKind.String)
                {
                    error = $"'type' takes the text to commit as a string, not {Describe(value)}";
                    return false;
                }

                draft = draft with { Text = value.GetString() };
                return true;
            case InputActionKind.Key:
                if (value.ValueKind != JsonValueKind.String || value.GetString() is not ("Enter" or "Backspace"))
                {
                    error = $"'key' takes \"Enter\" or \"Backspace\", not {Describe(value)}";
                    return false;
                }

                draft = draft with { Text = value.GetString() };
                return true;
            case InputActionKind.Back:
                if (value.ValueKind != JsonValueKind.True)
                {
                    error = "'back' takes true";
                    return false;
                }

                return true;
            case InputActionKind.Frame:
                if (value.ValueKind is JsonValueKind.True or JsonValueKind.String)
                {
                    draft = draft with { Name = value.ValueKind == JsonValueKind.String ? value.GetString() : null };
                    return true;
                }

                error = "'frame' takes true or a name";
                return false;
            default:
                var y = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("y", out var yValue) ? yValue : value;
                if (y.ValueKind != JsonValueKind.Number || !float.IsFinite(y.GetSingle()))
                {
                    error = "'scroll' takes a vertical offset in CSS px: 300 or {\"y\": 300}";
                    return false;
                }

                draft = draft with { ScrollY = y.GetSingle() };
                return true;
        }
    }

    /// <summary>[x, y], {"x": …, "y": …}, "selector", {"selector": …, "index": n} or {"shell": "tab:1"}.</summary>
    private static bool TryTarget(JsonElement value, [NotNullWhen(true)] out InputTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        error = null;
        if (value.ValueKind == JsonValueKind.String)
        {
            var selector = value.GetString()!.Trim();
            if (!ElementQuery.IsValid(selector))
            {
                error = $"'{selector}' is not a selector this host understands (tags, #id and .class, joined by spaces)";
                return false;
            }

            target = InputTarget.Of(selector);
            return true;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2 && TryNumber(value[0], out var ax) && TryNumber(value[1], out var ay))
        {
            target = InputTarget.At(ax, ay);
            return true;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (value.TryGetProperty("shell", out var part) && part.ValueKind == JsonValueKind.String)
            {
                target = InputTarget.OfShell(part.GetString()!.Trim()); // docs/shell.md: back, tab:N, modal:confirm, …
                return true;
            }

            if (value.TryGetProperty("selector", out var s) && s.ValueKind == JsonValueKind.String)
            {
                var index = 0;
                if (value.TryGetProperty("index", out var i) && (!i.TryGetInt32(out index) || index < 0))
                {
                    error = "'index' must be a whole number from 0";
                    return false;
                }

                var selector = s.GetString()!.Trim();
                if (!ElementQuery.IsValid(selector))
                {
                    error = $"'{selector}' is not a selector this host understands (tags, #id and .class, joined by spaces)";
                    return false;
                }

                target = InputTarget.Of(selector, index);
                return true;
            }

            if (value.TryGetProperty("x", out var x) && value.TryGetProperty("y", out var y) && TryNumber(x, out var px) && TryNumber(y, out var py))
            {
                target = InputTarget.At(px, py);
                return true;
            }
        }

        error = $"a target is [x, y], {{\"x\": …, \"y\": …}}, a selector, {{\"selector\": …, \"index\": n}} or {{\"shell\": \"tab:1\"}}, not {Describe(value)}";
        return false;
    }

    private static bool TryNumber(JsonElement e, out float value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetSingle(out value) && float.IsFinite(value);
    }

    /// <summary>A number of ms, or a string "250ms", "1.5s" (at least 0, at most an hour).</summary>
    internal static bool TryDuration(JsonElement e, out double ms)
    {
        ms = 0;
        if (e.ValueKind == JsonValueKind.Number)
        {
            return e.TryGetDouble(out ms) && ms is >= 0 and <= 3_600_000;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = e.GetString()!.Trim();
        var scale = 1d;
        if (text.EndsWith("ms", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        else if (text.EndsWith('s'))
        {
            text = text[..^1];
            scale = 1000;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        ms = n * scale;
        return ms is >= 0 and <= 3_600_000;
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"\"{e.GetString()}\"",
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => "null",
    };
}
