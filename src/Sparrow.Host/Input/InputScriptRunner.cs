using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Host.Headless;

namespace Sparrow.Host.Input;

/// <summary>
/// Plays an input script on a <see cref="HeadlessSession"/>: each action at its time on the
/// virtual clock, fingers through the session's touch pipeline, frames through a
/// callback. An action whose selector matches nothing, or whose point lies outside
/// the viewport, is a diagnostic at its line and is skipped; the rest still run. Entry point:
/// <see cref="Run"/>. Render thread (the session's).
/// </summary>
public static class InputScriptRunner
{
    /// <summary>
    /// Runs <paramref name="actions"/>; <paramref name="frame"/> is called for each <c>frame</c> action
    /// with its name (or null). Returns how many actions ran.
    /// </summary>
    public static int Run(HeadlessSession session, IReadOnlyList<InputAction> actions, Action<InputAction> frame, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var start = session.ClockMs;
        var ran = 0;
        foreach (var action in actions)
        {
            if (action.AtMs is { } at && start + at > session.ClockMs)
            {
                session.Wait(TimeSpan.FromMilliseconds(start + at - session.ClockMs));
            }

            if (Step(session, action, frame, diagnostics))
            {
                ran++;
            }
        }

        return ran;
    }

    private static bool Step(HeadlessSession session, InputAction action, Action<InputAction> frame, IDiagnosticSink diagnostics)
    {
        var finger = action.Finger;
        switch (action.Kind)
        {
            case InputActionKind.Tap or InputActionKind.LongPress:
                if (!TryPoint(session, action, action.Target!, diagnostics, out var p))
                {
                    return false;
                }

                session.PointerDown(finger, p.X, p.Y);
                session.Wait(TimeSpan.FromMilliseconds(action.DurationMs));
                session.PointerUp(finger, p.X, p.Y);
                return true;
            case InputActionKind.Swipe:
                if (!TryPoint(session, action, action.Target!, diagnostics, out var from) || !TryPoint(session, action, action.To!, diagnostics, out var to))
                {
                    return false;
                }

                session.PointerDown(finger, from.X, from.Y);
                for (var k = 1; k <= action.Steps; k++)
                {
                    session.Wait(TimeSpan.FromMilliseconds(action.DurationMs / action.Steps));
                    var t = (float)k / action.Steps;
                    session.PointerMove(finger, from.X + ((to.X - from.X) * t), from.Y + ((to.Y - from.Y) * t));
                }

                session.PointerUp(finger, to.X, to.Y);
                return true;
            case InputActionKind.Down or InputActionKind.Move or InputActionKind.Up:
                if (!TryPoint(session, action, action.Target!, diagnostics, out var q))
                {
                    return false;
                }

                if (action.Kind == InputActionKind.Down)
                {
                    session.PointerDown(finger, q.X, q.Y);
                }
                else if (action.Kind == InputActionKind.Move)
                {
                    session.PointerMove(finger, q.X, q.Y);
                }
                else
                {
                    session.PointerUp(finger, q.X, q.Y);
                }

                return true;
            case InputActionKind.Cancel:
                session.PointerCancel(finger);
                return true;
            case InputActionKind.Wait:
                session.Wait(TimeSpan.FromMilliseconds(action.DurationMs));
                return true;
            case InputActionKind.Frame:
                frame(action);
                return true;
            case InputActionKind.Type:
                if (action.Target is { } field)
                {
                    if (!TryPoint(session, action, field, diagnostics, out var at))
                    {
                        return false;
                    }

                    session.PointerDown(finger, at.X, at.Y);
                    session.Wait(TimeSpan.FromMilliseconds(50));
                    session.PointerUp(finger, at.X, at.Y);
                }

                return Focused(session, action, diagnostics) && session.TypeText(action.Text!);
            case InputActionKind.Key:
                return Focused(session, action, diagnostics) && session.PressKey(action.Text!);
            case InputActionKind.Back:
                session.NavigateBack();
                return true;
            default:
                session.ScrollPageTo(action.ScrollY);
                return true;
        }
    }

    /// <summary>Whether an input has focus for a <c>type</c> or <c>key</c>; a diagnostic at the action when none has.</summary>
    private static bool Focused(HeadlessSession session, InputAction action, IDiagnosticSink diagnostics)
    {
        if (session.FocusedInput >= 0)
        {
            return true;
        }

        var hint = action.Target is { } t ? $" ({t} is not an input, or it is disabled)" : " (tap one first, or give 'target')";
        diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, $"no input has focus{hint}", action.Location));
        return false;
    }

    /// <summary>The client point of <paramref name="target"/>: as written, or the centre of the element's box, which must be on screen.</summary>
    private static bool TryPoint(HeadlessSession session, InputAction action, InputTarget target, IDiagnosticSink diagnostics, out Point point)
    {
        point = new Point(target.X, target.Y);
        if (target.Shell is { } part)
        {
            if (session.ShellPoint(part) is not { } centre)
            {
                diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, $"the shell shows no '{part}' now (or the shell is off)", action.Location));
                return false;
            }

            point = centre;
        }
        else if (target.Selector is { } selector)
        {
            var node = session.FindElement(selector, target.Index);
            if (node < 0 || session.ClientBoxOf(node) is not { } box)
            {
                diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, $"no element on the page matches '{target}'", action.Location));
                return false;
            }

            point = new Point(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        }

        var options = session.Options;
        if (point.X < 0 || point.Y < 0 || point.X >= options.Width || point.Y >= options.Height)
        {
            diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, $"{target} is at ({point.X}, {point.Y}), outside the {options.Width}x{options.Height} viewport (scroll first)", action.Location));
            return false;
        }

        return true;
    }
}
