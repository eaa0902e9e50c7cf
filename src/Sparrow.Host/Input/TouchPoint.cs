namespace Sparrow.Host.Input;

/// <summary>
/// One finger as WeChat's touch objects show it: <c>identifier</c>, <c>pageX</c>/<c>pageY</c> (page
/// coordinates, scroll included) and <c>clientX</c>/<c>clientY</c> (the viewport's), in CSS px.
/// </summary>
public readonly record struct TouchPoint(int Identifier, float PageX, float PageY, float ClientX, float ClientY);
