namespace Sparrow.Css;

/// <summary>A stylesheet in the cascade with the style scope glass-easel appended it under (-1: unscoped) and its origin.</summary>
public sealed record CascadeSheet(StyleSheet Sheet, int Scope, bool UserAgent = false);
