namespace Sparrow.Script.MiniProgram;

/// <summary><c>wx.requestPayment</c>'s fields.</summary>
public sealed record PaymentRequest(string TimeStamp, string NonceStr, string Package, string SignType, string PaySign);
