namespace Sparrow.Css;

/// <summary>
/// One selector of one rule, as the rule index holds it: the sheet's style scope, the cascade
/// origin, and the sort key (specificity, then order of appearance across all sheets).
/// </summary>
internal readonly record struct RuleEntry(StyleRule Rule, ComplexSelector Selector, int Scope, bool UserAgent, int Specificity, long Order);
