using Sparrow.Core;
using Sparrow.Layout;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>A fixture loaded and not yet laid out: its tree, the viewport and Chromium's boxes.</summary>
internal sealed record LoadedFixture(LayoutTreeStore Store, int Root, Size Viewport, ExpectedBox Expected);
