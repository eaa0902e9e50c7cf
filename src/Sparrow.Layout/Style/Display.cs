namespace Sparrow.Layout;

/// <summary>The CSS <c>display</c> values layout understands. WeChat's <c>view</c> is block, <c>text</c> is inline.</summary>
public enum Display : byte
{
    Block = 0,
    Inline,
    InlineBlock,
    Flex,
    InlineFlex,
    None,
}
