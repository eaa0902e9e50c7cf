namespace Sparrow.Css;

/// <summary>The CSS-wide keywords (CSS Cascade 4 §7.3), as the keyword strings values carry.</summary>
public static class CssWide
{
    public const string Initial = "initial";
    public const string Inherit = "inherit";
    public const string Unset = "unset";

    public static bool Is(in CssValue value) =>
        value.Kind == CssValueKind.Keyword && value.Text is Initial or Inherit or Unset;
}
