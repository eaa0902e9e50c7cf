/*
 * sparrow.h — the C ABI of the Sparrow engine (libsparrow.so, a native-AOT build of
 * src/Sparrow.Native over the managed embedding API in src/Sparrow.Host/Embedding).
 * Guide with a complete example: docs/embedding.md.
 *
 * Conventions
 *   - Handles are opaque. A handle that was destroyed, or was never one, is rejected with
 *     SPARROW_E_INVALID_ARGUMENT: it never crashes the process.
 *   - Strings in are (const char* ptr, size_t len) UTF-8, not necessarily NUL-terminated; ptr may be
 *     NULL only when len is 0 and the argument is optional.
 *   - Strings out are NUL-terminated UTF-8 the caller frees with sparrow_free().
 *   - Every function returns a sparrow_status; on failure sparrow_last_error() tells why, in text,
 *     for the calling thread. No exception or signal ever crosses this boundary.
 *
 * Threads
 *   - sparrow_version, sparrow_last_error, sparrow_free, sparrow_engine_create and sparrow_open may
 *     be called on any thread.
 *   - A program is bound to the thread that opened it: every sparrow_program call must come from
 *     there (else SPARROW_E_WRONG_THREAD). With SPARROW_SURFACE_HOST_CONTEXT the host's GL ES 3
 *     context must be current on that thread when opening and for every frame.
 *   - sparrow_engine_destroy closes the programs opened on the calling thread and fails with
 *     SPARROW_E_WRONG_STATE while programs of other threads are still open.
 *   - The diagnostic callback is called on the thread that reported the diagnostic: the program's
 *     logic thread (JS errors) or the thread that made the call. Keep it quick and thread-safe; it
 *     must not call back into the engine.
 *   - Shell callbacks (sparrow_set_shell_callbacks) are called on the program's thread, inside
 *     sparrow_render_frame; they must not call the program.
 *   - Host capability functions (sparrow_host) are called on the program's logic thread (not the
 *     program's thread); they must return quickly. The answer (sparrow_call_succeed / _fail /
 *     _error) may come from any thread, at once or later; each call is answered exactly once.
 */
#ifndef SPARROW_H
#define SPARROW_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sparrow_engine sparrow_engine;
typedef struct sparrow_program sparrow_program;

typedef int32_t sparrow_status;
enum {
    SPARROW_OK = 0,
    SPARROW_E_INVALID_ARGUMENT = 1, /* null/out-of-range argument, bad UTF-8, unknown handle */
    SPARROW_E_WRONG_STATE = 2,      /* called before what it needs (pixels before a frame) or after close */
    SPARROW_E_WRONG_THREAD = 3,     /* a program called from another thread than the one that opened it */
    SPARROW_E_PACKAGE = 4,          /* the package could not be found or read (a diagnostic says why) */
    SPARROW_E_START = 5,            /* the package could not start (a diagnostic says why) */
    SPARROW_E_NO_GPU = 6,           /* no GPU context, or the host's context is unusable */
    SPARROW_E_BUFFER_TOO_SMALL = 7, /* the caller's buffer is too small */
    SPARROW_E_INTERNAL = 99         /* an engine bug; the message says what */
};

enum { SPARROW_SEVERITY_INFO = 0, SPARROW_SEVERITY_WARNING = 1, SPARROW_SEVERITY_ERROR = 2 };

enum {
    SPARROW_SURFACE_OFFSCREEN = 0,    /* engine-owned EGL surfaceless context + framebuffer; read with sparrow_read_pixels */
    SPARROW_SURFACE_HOST_CONTEXT = 1, /* the host's current GL ES 3 context: framebuffer 0 or sparrow_set_host_framebuffer */
    SPARROW_SURFACE_NONE = 2,         /* no drawing: style and layout only */
    SPARROW_SURFACE_WINDOW = 3        /* an EGL window surface the engine makes on native_window; sparrow_present swaps */
};

enum { SPARROW_WINDOW_X11 = 0, SPARROW_WINDOW_WAYLAND = 1 };

enum { SPARROW_CLOCK_REAL = 0, SPARROW_CLOCK_VIRTUAL = 1 };

enum { SPARROW_POINTER_DOWN = 0, SPARROW_POINTER_MOVE = 1, SPARROW_POINTER_UP = 2, SPARROW_POINTER_CANCEL = 3 };

/* A diagnostic: a problem in the package, a JS error, a host capability that threw, a bad call.
 * program is NULL for diagnostics reported while a program is being opened (package problems, launch
 * errors) and for none; it is the program's handle afterwards.
 * Strings are valid only during the call; file is empty and line/column 0 when unknown. */
typedef void (*sparrow_diagnostic_fn)(void *user_data, sparrow_program *program, int32_t severity,
                                      const char *code, size_t code_len,
                                      const char *message, size_t message_len,
                                      const char *file, size_t file_len, int32_t line, int32_t column);

/* One pending host capability request; answered with sparrow_call_succeed / _fail / _error, after
 * which the handle is invalid. When the program closes first, its unanswered calls are dropped and
 * answering them returns SPARROW_E_INVALID_ARGUMENT. */
typedef struct sparrow_call sparrow_call;

/* A host capability: api is the request's name ("login", "navigateToMiniProgram", ... see
 * docs/embedding.md for each one's args and result JSON), args_json its options as a JSON object.
 * Return 0 when the call will be answered; non-zero is a host error (JS gets a fail, the program a
 * diagnostic SP2109) and the call must not be answered. Strings are valid only during the call. */
typedef int32_t (*sparrow_capability_fn)(void *user_data, sparrow_call *call, const char *api, size_t api_len,
                                         const char *args_json, size_t args_len);

/* What only the host can do. Every function is optional: NULL makes the wx API fail with
 * "<api>:fail not provided by this host". Copied by sparrow_engine_create. */
typedef struct sparrow_host {
    uint32_t struct_size;         /* sizeof(sparrow_host) */
    int32_t reserved;
    void *user_data;              /* passed to every function */
    sparrow_capability_fn login;                     /* wx.login → {"code"} */
    sparrow_capability_fn request_payment;           /* wx.requestPayment → {} */
    sparrow_capability_fn share_app_message;         /* wx.shareAppMessage → {} */
    sparrow_capability_fn scan_code;                 /* wx.scanCode → {"result","scanType",...} */
    sparrow_capability_fn get_user_profile;          /* wx.getUserProfile / getUserInfo → {"nickName","avatarUrl",...} */
    sparrow_capability_fn choose_image;              /* wx.chooseImage → {"tempFiles":[{"path","size"}]} */
    sparrow_capability_fn make_phone_call;           /* wx.makePhoneCall → {} */
    sparrow_capability_fn set_clipboard_data;        /* wx.setClipboardData → {} */
    sparrow_capability_fn get_clipboard_data;        /* wx.getClipboardData → {"data"} */
    sparrow_capability_fn navigate_to_mini_program;  /* wx.navigateToMiniProgram {"appId","path","envVersion","extraData"} → {} */
    sparrow_capability_fn navigate_back_mini_program;/* wx.navigateBackMiniProgram {"extraData"} → {} */
    sparrow_capability_fn exit_mini_program;         /* wx.exitMiniProgram → {} */
    sparrow_capability_fn open_url;                  /* wx.openOfficialAccountArticle {"url"} → {} */
} sparrow_host;

/* The call succeeds with result_json (a JSON object; NULL/empty: {}). */
sparrow_status sparrow_call_succeed(sparrow_call *call, const char *result_json, size_t result_len);
/* The call fails the WeChat way: JS gets "<api>:fail <reason>" (e.g. "cancel"); no diagnostic. */
sparrow_status sparrow_call_fail(sparrow_call *call, const char *reason, size_t reason_len);
/* The host failed: JS gets a fail with the message and the program a diagnostic SP2109. */
sparrow_status sparrow_call_error(sparrow_call *call, const char *message, size_t message_len);

/* A shell state change as a JSON object (docs/embedding.md lists the fields); valid only during the call. */
typedef void (*sparrow_state_fn)(void *user_data, sparrow_program *program, const char *json, size_t json_len);

typedef struct sparrow_engine_options {
    uint32_t struct_size;         /* sizeof(sparrow_engine_options) */
    const char *storage_root;     /* data kept between runs, one folder per app id; NULL: in memory */
    size_t storage_root_len;
    const char *cache_root;       /* compiled templates and code cache, per app id; NULL: none */
    size_t cache_root_len;
    const char *font_directory;   /* extra .ttf/.otf files, family = file name; NULL: system fonts only */
    size_t font_directory_len;
    int32_t clock;                /* SPARROW_CLOCK_REAL or SPARROW_CLOCK_VIRTUAL (reproducible) */
    int32_t reserved;
    sparrow_diagnostic_fn on_diagnostic; /* may be NULL */
    void *user_data;              /* passed to on_diagnostic */
    const sparrow_host *host;     /* capabilities for every program; NULL: none provided */
} sparrow_engine_options;

typedef struct sparrow_open_options {
    uint32_t struct_size;         /* sizeof(sparrow_open_options) */
    int32_t width;                /* window width in CSS px (0: 375) */
    int32_t height;               /* window height in CSS px (0: 667) */
    int32_t surface;              /* SPARROW_SURFACE_* */
    double pixel_ratio;           /* device px per CSS px (0: 2) */
    const char *page;             /* launch page "path?query"; NULL: the entry page */
    size_t page_len;
    int32_t dark;                 /* 1: dark theme */
    int32_t no_shell;             /* 1: frames are the page alone, no navigation bar/tabBar/overlays drawn */
    void *native_display;         /* SPARROW_SURFACE_WINDOW: Display* (X11) or wl_display* (Wayland) */
    uintptr_t native_window;      /* SPARROW_SURFACE_WINDOW: the X11 Window id or the wl_egl_window*; must outlive the program */
    int32_t window_platform;      /* SPARROW_WINDOW_X11 or SPARROW_WINDOW_WAYLAND */
    int32_t reserved;
} sparrow_open_options;

typedef struct sparrow_frame_info {
    int32_t index;        /* frame number from 0 */
    int32_t drew;         /* 1 when pixels were drawn */
    int32_t draw_calls;   /* GL draw calls */
    int32_t reserved;
    double time_ms;       /* the program's clock at the frame */
    double cpu_ms;        /* time spent in the call */
} sparrow_frame_info;

/* The engine's version, e.g. "0.1.0"; static storage, never freed. */
const char *sparrow_version(void);

/* Why the last failing call on this thread failed (UTF-8, NUL-terminated); "" when none.
 * Valid until the next failing call on this thread. */
const char *sparrow_last_error(void);

/* Frees a string this library returned. NULL is ignored. */
void sparrow_free(void *ptr);

sparrow_status sparrow_engine_create(const sparrow_engine_options *options, sparrow_engine **out_engine);
sparrow_status sparrow_engine_destroy(sparrow_engine *engine);

/* Opens a package folder (or single-file archive) and starts it; the calling thread becomes its thread.
 * options may be NULL (375x667 CSS px at ratio 2, offscreen). */
sparrow_status sparrow_open(sparrow_engine *engine, const char *path, size_t path_len,
                            const sparrow_open_options *options, sparrow_program **out_program);
/* Ends its JS, frees its isolate, pages and GPU resources; the handle is invalid afterwards. */
sparrow_status sparrow_close(sparrow_program *program);

/* Renders one frame at vsync_ms (monotonic ms, never decreasing); out_info may be NULL. */
sparrow_status sparrow_render_frame(sparrow_program *program, double vsync_ms, sparrow_frame_info *out_info);
/* With SPARROW_SURFACE_WINDOW: shows the last frame on the window (eglSwapBuffers); nothing otherwise. */
sparrow_status sparrow_present(sparrow_program *program);
/* Frame size in device pixels. */
sparrow_status sparrow_frame_size(sparrow_program *program, int32_t *out_width, int32_t *out_height);
/* The last frame: RGBA8, straight alpha, top row first, width*4 bytes a row; needs width*height*4 bytes. */
sparrow_status sparrow_read_pixels(sparrow_program *program, uint8_t *buffer, size_t buffer_len);
/* The last frame as a PNG file. */
sparrow_status sparrow_write_png(sparrow_program *program, const char *path, size_t path_len);
/* With SPARROW_SURFACE_HOST_CONTEXT: draw into the host's FBO `framebuffer` (0: the window's). */
sparrow_status sparrow_set_host_framebuffer(sparrow_program *program, uint32_t framebuffer);

/* Input, in CSS px of the window. phase: SPARROW_POINTER_*; id: finger or button. */
sparrow_status sparrow_pointer(sparrow_program *program, int32_t phase, int32_t id, float x, float y);
/* Wheel/trackpad: scrolls the page (+y down). */
sparrow_status sparrow_scroll(sparrow_program *program, float dx, float dy);
/* Keys (DOM key names; a press of Backspace/Enter edits/confirms the focused input) and committed
 * text (typed into the focused input at its caret). What no focused input takes is dropped. */
sparrow_status sparrow_key(sparrow_program *program, const char *key, size_t key_len, int32_t down);
sparrow_status sparrow_text(sparrow_program *program, const char *text, size_t text_len);

/* Window and system state. */
sparrow_status sparrow_resize(sparrow_program *program, int32_t width, int32_t height, double pixel_ratio);
sparrow_status sparrow_set_theme(sparrow_program *program, int32_t dark);
sparrow_status sparrow_set_safe_area(sparrow_program *program, float top, float right, float bottom, float left);
/* 0: the app goes to the background (onHide); 1: it comes back (onShow). */
sparrow_status sparrow_set_foreground(sparrow_program *program, int32_t foreground);

/* The navigation bar and tabBar as the shell changes them (also with the shell drawn by the engine):
 * each is called during sparrow_render_frame, on the program's thread, with the latest state; the
 * first frame after this call passes the current state. NULL functions: not told. */
sparrow_status sparrow_set_shell_callbacks(sparrow_program *program, sparrow_state_fn on_navigation_bar,
                                           sparrow_state_fn on_tab_bar, void *user_data);

/* The route of the page on top ("pages/index/index"; "" before one opened); free with sparrow_free. */
sparrow_status sparrow_current_route(sparrow_program *program, char **out_route);
/* The page stack, bottom first, as a JSON array of "route?query" strings; free with sparrow_free. */
sparrow_status sparrow_page_stack(sparrow_program *program, char **out_json);
/* Opens url ("route?query", package-absolute) on top of the stack as wx.navigateTo does, and runs
 * the app until idle. A route that is no page is a diagnostic, as in WeChat. */
sparrow_status sparrow_navigate_to(sparrow_program *program, const char *url, size_t url_len);

#ifdef __cplusplus
}
#endif

#endif /* SPARROW_H */
