namespace Sparrow.Css;

/// <summary>The pseudo-element a selector targets. Only ::before and ::after generate boxes; others (::placeholder, ::-webkit-scrollbar, …) are kept and never match.</summary>
public enum PseudoElement : byte
{
    None,
    Before,
    After,
    Other,
}
