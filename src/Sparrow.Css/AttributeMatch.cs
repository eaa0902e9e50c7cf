namespace Sparrow.Css;

/// <summary>Attribute selector operators (Selectors 4 §6).</summary>
public enum AttributeMatch : byte
{
    Exists,
    Equals,
    Includes,
    DashMatch,
    Prefix,
    Suffix,
    Substring,
}
