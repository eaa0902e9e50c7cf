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
    SPARROW_SURFACE_NONE = 2          /* no drawing: style and layout only */
};

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
/* Keys (DOM key names) and committed text: recorded for focused inputs. */
sparrow_status sparrow_key(sparrow_program *program, const char *key, size_t key_len, int32_t down);
sparrow_status sparrow_text(sparrow_program *program, const char *text, size_t text_len);

/* Window and system state. */
sparrow_status sparrow_resize(sparrow_program *program, int32_t width, int32_t height, double pixel_ratio);
sparrow_status sparrow_set_theme(sparrow_program *program, int32_t dark);
sparrow_status sparrow_set_safe_area(sparrow_program *program, float top, float right, float bottom, float left);
/* 0: the app goes to the background (onHide); 1: it comes back (onShow). */
sparrow_status sparrow_set_foreground(sparrow_program *program, int32_t foreground);

/* The route of the page on top ("pages/index/index"; "" before one opened); free with sparrow_free. */
sparrow_status sparrow_current_route(sparrow_program *program, char **out_route);

#ifdef __cplusplus
}
#endif

#endif /* SPARROW_H */
