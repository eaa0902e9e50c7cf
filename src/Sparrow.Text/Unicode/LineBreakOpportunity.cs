namespace Sparrow.Text;

/// <summary>What UAX #14 says about the position before a code point: × (None), ÷ (Allowed), ! (Mandatory).</summary>
internal enum LineBreakOpportunity : byte
{
    None = 0,
    Allowed = 1,
    Mandatory = 2,
}
