using System;
using System.Runtime.InteropServices;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>The C ABI's per-program entry points: frames, pixels, input, window and system state.</summary>
internal static unsafe partial class Exports
{
    [UnmanagedCallersOnly(EntryPoint = "sparrow_close")]
    public static int Close(nint program)
    {
        try
        {
            var managed = Program(program);
            managed.Dispose();
            HandleTable.Remove(managed);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_render_frame")]
    public static int RenderFrame(nint program, double vsyncMs, FrameInfoNative* outInfo)
    {
        try
        {
            var info = Program(program).RenderFrame(vsyncMs);
            if (outInfo != null)
            {
                *outInfo = new FrameInfoNative
                {
                    Index = info.Index,
                    Drew = info.Drew ? 1 : 0,
                    DrawCalls = info.DrawCalls,
                    TimeMs = info.TimeMs,
                    CpuMs = info.CpuMs,
                };
            }

            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_present")]
    public static int Present(nint program)
    {
        try
        {
            Program(program).Present();
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_frame_size")]
    public static int FrameSize(nint program, int* outWidth, int* outHeight)
    {
        try
        {
            if (outWidth == null || outHeight == null)
            {
                throw new EmbeddingException(EmbeddingError.InvalidArgument, "out_width or out_height is NULL");
            }

            var managed = Program(program);
            *outWidth = managed.PixelWidth;
            *outHeight = managed.PixelHeight;
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_read_pixels")]
    public static int ReadPixels(nint program, byte* buffer, nuint length)
    {
        try
        {
            if (buffer == null)
            {
                throw new EmbeddingException(EmbeddingError.InvalidArgument, "buffer is NULL");
            }

            Program(program).ReadPixels(new Span<byte>(buffer, (int)Math.Min(length, int.MaxValue)));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_write_png")]
    public static int WritePng(nint program, byte* path, nuint pathLength)
    {
        try
        {
            var managed = Program(program);
            managed.SavePng(Utf8.Required(path, pathLength, "path"));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_set_host_framebuffer")]
    public static int SetHostFramebuffer(nint program, uint framebuffer)
    {
        try
        {
            Program(program).SetHostFramebuffer(framebuffer);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_pointer")]
    public static int Pointer(nint program, int phase, int id, float x, float y)
    {
        try
        {
            var managed = Program(program);
            switch (phase)
            {
                case 0: managed.PointerDown(id, x, y); break;
                case 1: managed.PointerMove(id, x, y); break;
                case 2: managed.PointerUp(id, x, y); break;
                case 3: managed.PointerCancel(id); break;
                default: throw new EmbeddingException(EmbeddingError.InvalidArgument, $"pointer phase {phase} is not a SPARROW_POINTER_* value");
            }

            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_scroll")]
    public static int Scroll(nint program, float dx, float dy)
    {
        try
        {
            Program(program).Scroll(dx, dy);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_key")]
    public static int Key(nint program, byte* key, nuint keyLength, int down)
    {
        try
        {
            var managed = Program(program);
            managed.Key(Utf8.Required(key, keyLength, "key"), down != 0);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_text")]
    public static int Text(nint program, byte* text, nuint textLength)
    {
        try
        {
            var managed = Program(program);
            managed.Text(Utf8.Required(text, textLength, "text"));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_resize")]
    public static int Resize(nint program, int width, int height, double pixelRatio)
    {
        try
        {
            var managed = Program(program);
            if (pixelRatio != managed.PixelRatio)
            {
                managed.SetPixelRatio(pixelRatio);
            }

            managed.Resize(width, height);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_set_theme")]
    public static int SetTheme(nint program, int dark)
    {
        try
        {
            Program(program).SetTheme(dark != 0 ? "dark" : "light");
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_set_safe_area")]
    public static int SetSafeArea(nint program, float top, float right, float bottom, float left)
    {
        try
        {
            Program(program).SetSafeArea(new SafeAreaInsets(top, right, bottom, left));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_set_foreground")]
    public static int SetForeground(nint program, int foreground)
    {
        try
        {
            var managed = Program(program);
            if (foreground != 0)
            {
                managed.EnterForeground();
            }
            else
            {
                managed.EnterBackground();
            }

            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_current_route")]
    public static int CurrentRoute(nint program, byte** outRoute)
    {
        try
        {
            if (outRoute == null)
            {
                throw new EmbeddingException(EmbeddingError.InvalidArgument, "out_route is NULL");
            }

            *outRoute = null;
            var managed = Program(program);
            *outRoute = Utf8.Allocate(managed.CurrentRoute ?? string.Empty);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_page_stack")]
    public static int PageStack(nint program, byte** outJson)
    {
        try
        {
            if (outJson == null)
            {
                throw new EmbeddingException(EmbeddingError.InvalidArgument, "out_json is NULL");
            }

            *outJson = null;
            var stack = Program(program).PageStack();
            *outJson = Utf8.Allocate(System.Text.Json.JsonSerializer.Serialize([.. stack], NativeJsonContext.Default.StringArray));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_navigate_to")]
    public static int NavigateTo(nint program, byte* url, nuint urlLength)
    {
        try
        {
            Program(program).NavigateTo(Utf8.Required(url, urlLength, "url"));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    private static MiniProgram Program(nint handle) => HandleTable.Get<MiniProgram>(handle, "program");
}
