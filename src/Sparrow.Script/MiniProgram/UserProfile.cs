namespace Sparrow.Script.MiniProgram;

/// <summary>The <c>userInfo</c> of <c>wx.getUserProfile</c>/<c>getUserInfo</c> (gender 0 unknown, 1 male, 2 female).</summary>
public sealed record UserProfile(string NickName, string AvatarUrl, int Gender = 0, string Country = "", string Province = "", string City = "", string Language = "zh_CN");
