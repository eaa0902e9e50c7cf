using System.Collections.Generic;
using System.Text;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Host.Headless;

namespace Sparrow.Host.Tests.Components;

/// <summary>Sessions on tests/data/components-builtins, taps on a selector, and the page's node store read back as text.</summary>
internal static class BuiltinsPackage
{
    public static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = false) => PackageSessions.Start("components-builtins", diagnostics, draw);

    public static string[] Events(HeadlessSession session) => PackageSessions.Events(session);

    /// <summary>A still tap at the middle of the element <paramref name="selector"/> names, then the app settles.</summary>
    public static void Tap(HeadlessSession session, string selector)
    {
        var box = session.ClientBoxOf(session.FindElement(selector))!.Value;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        session.PointerDown(0, x, y);
        session.Wait(System.TimeSpan.FromMilliseconds(50));
        session.PointerUp(0, x, y);
        session.Settle();
        session.RenderFrame(capture: false);
    }

    /// <summary>The text the render side shows for the first <c>text</c> element inside the box <paramref name="selector"/> names (its text children joined).</summary>
    public static string TextOf(HeadlessSession session, string selector)
    {
        var store = session.CurrentPage!.Store;
        var node = Find(store, session.FindElement(selector), "text");
        var text = new StringBuilder();
        for (var c = store.FirstChild[node]; c >= 0; c = store.NextSibling[c])
        {
            text.Append(store.Text(c));
        }

        return text.ToString();
    }

    /// <summary>The element and its descendants as <c>tag[child child]</c>, texts quoted; slots and other virtual nodes left out.</summary>
    public static string Outline(HeadlessSession session, string selector)
    {
        var store = session.CurrentPage!.Store;
        var text = new StringBuilder();
        Write(store, session.FindElement(selector), text);
        return text.ToString();
    }

    /// <summary>The first element named <paramref name="tag"/> under <paramref name="root"/>, depth first.</summary>
    public static int Find(NodeStore store, int root, string tag)
    {
        for (var c = store.FirstChild[root]; c >= 0; c = store.NextSibling[c])
        {
            if (store.Kind[c] == NodeKind.Element && store.NameOf(store.Tag[c]) == tag)
            {
                return c;
            }

            if (Find(store, c, tag) is var found and >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    private static void Write(NodeStore store, int node, StringBuilder text)
    {
        if (store.Kind[node] == NodeKind.Text)
        {
            text.Append('\'').Append(store.Text(node)).Append('\'');
            return;
        }

        var children = new List<int>();
        Collect(store, node, children);
        text.Append(store.NameOf(store.Tag[node]));
        if (children.Count == 0)
        {
            return;
        }

        text.Append('[');
        for (var i = 0; i < children.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            Write(store, children[i], text);
        }

        text.Append(']');
    }

    /// <summary>Element and text children, looking through virtual nodes (slots, blocks).</summary>
    private static void Collect(NodeStore store, int node, List<int> into)
    {
        for (var c = store.FirstChild[node]; c >= 0; c = store.NextSibling[c])
        {
            if (store.Kind[c] == NodeKind.Text || (store.Kind[c] == NodeKind.Element && !IsVirtual(store, c)))
            {
                into.Add(c);
            }
            else
            {
                Collect(store, c, into);
            }
        }
    }

    private static bool IsVirtual(NodeStore store, int node) => store.NameOf(store.Tag[node]) is "slot" or "virtual" or "wx-virtual" or "";
}
