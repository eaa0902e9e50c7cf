namespace Sparrow.Css;

/// <summary>
/// The style stage's diagnostic codes (range SP5xxx of <see cref="Sparrow.Core.DiagnosticCodes"/>).
/// Kept here until they move into Core's single table.
/// </summary>
public static class CssDiagnosticCodes
{
    /// <summary>A rule's prelude is not a valid selector list: the whole rule is dropped (Selectors 4 §3.1 "invalid selector").</summary>
    public const string InvalidSelector = "SP5001";

    /// <summary>A declaration's value does not match its property's grammar: the declaration is dropped.</summary>
    public const string InvalidValue = "SP5002";

    /// <summary>A property this engine does not know or does not support; kept as a warning, listed once per stylesheet.</summary>
    public const string UnsupportedProperty = "SP5003";

    /// <summary>A syntax error the parser recovered from (a stray token, a missing block, an unclosed rule at end of file).</summary>
    public const string SyntaxError = "SP5004";

    /// <summary>An @import the resolver could not find, or one that imports itself through a cycle.</summary>
    public const string ImportNotFound = "SP5005";

    /// <summary>An at-rule this engine ignores (e.g. @charset is fine, @page is not supported).</summary>
    public const string UnsupportedAtRule = "SP5006";

    /// <summary>An @media query this engine cannot evaluate; the block is treated as not matching.</summary>
    public const string UnsupportedMediaQuery = "SP5007";
}
