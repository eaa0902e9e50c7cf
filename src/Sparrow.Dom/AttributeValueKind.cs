namespace Sparrow.Dom;

/// <summary>The JS type of an attribute value as the op stream sends it.</summary>
public enum AttributeValueKind : byte
{
    String = 0,
    True = 1,
    False = 2,
    Number = 3,
    Null = 4,
}
