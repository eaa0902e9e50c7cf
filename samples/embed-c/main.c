/*
 * embed-c: open a mini program with libsparrow, render frames offscreen, write the last as a PNG.
 *
 *   embed-c <package-dir> <out.png> [frames]
 *
 * Exit codes: 0 ok, 1 the engine reported a failure (message on stderr), 2 bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sparrow.h"

/* Called on the thread that reported the diagnostic (see sparrow.h): print it like a compiler. */
static void on_diagnostic(void *user_data, sparrow_program *program, int32_t severity,
                          const char *code, size_t code_len, const char *message, size_t message_len,
                          const char *file, size_t file_len, int32_t line, int32_t column)
{
    (void)program;
    int *errors = user_data;
    const char *kind = severity == SPARROW_SEVERITY_ERROR ? "error" : severity == SPARROW_SEVERITY_WARNING ? "warning" : "info";
    if (severity == SPARROW_SEVERITY_ERROR) {
        ++*errors;
    }
    fprintf(stderr, "%.*s:%d:%d: %s %.*s: %.*s\n", (int)file_len, file, line, column, kind,
            (int)code_len, code, (int)message_len, message);
}

/* Called during sparrow_render_frame on this thread: an app would draw its own bar from this. */
static void on_navigation_bar(void *user_data, sparrow_program *program, const char *json, size_t json_len)
{
    (void)user_data;
    (void)program;
    printf("navigation bar: %.*s\n", (int)json_len, json);
}

/* wx.login, answered at once (an app would start its sign-in and answer from any thread later). */
static int32_t on_login(void *user_data, sparrow_call *call, const char *api, size_t api_len,
                        const char *args_json, size_t args_len)
{
    (void)user_data;
    (void)api;
    (void)api_len;
    (void)args_json;
    (void)args_len;
    static const char result[] = "{\"code\":\"embed-c\"}";
    return sparrow_call_succeed(call, result, sizeof result - 1) == SPARROW_OK ? 0 : 1;
}

/* wx.navigateToMiniProgram: an app would open the other program; here it is printed and succeeds. */
static int32_t on_navigate(void *user_data, sparrow_call *call, const char *api, size_t api_len,
                           const char *args_json, size_t args_len)
{
    (void)user_data;
    printf("%.*s: %.*s\n", (int)api_len, api, (int)args_len, args_json);
    return sparrow_call_succeed(call, NULL, 0) == SPARROW_OK ? 0 : 1;
}

static int fail(const char *what)
{
    fprintf(stderr, "embed-c: %s failed: %s\n", what, sparrow_last_error());
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: embed-c <package-dir> <out.png> [frames]\n");
        return 2;
    }
    const char *package = argv[1];
    const char *out = argv[2];
    int frames = argc == 4 ? atoi(argv[3]) : 10;
    if (frames < 1) {
        fprintf(stderr, "embed-c: frames must be at least 1\n");
        return 2;
    }

    int errors = 0;
    sparrow_engine_options engine_options = {0};
    engine_options.struct_size = sizeof engine_options;
    engine_options.clock = SPARROW_CLOCK_VIRTUAL; /* the same pixels on every run */
    engine_options.on_diagnostic = on_diagnostic;
    engine_options.user_data = &errors;
    sparrow_host host = {0};
    host.struct_size = sizeof host;
    host.login = on_login;
    host.navigate_to_mini_program = on_navigate; /* every other capability: "not provided by this host" */
    engine_options.host = &host;

    sparrow_engine *engine = NULL;
    if (sparrow_engine_create(&engine_options, &engine) != SPARROW_OK) {
        return fail("sparrow_engine_create");
    }

    sparrow_open_options open_options = {0};
    open_options.struct_size = sizeof open_options;
    open_options.width = 375;
    open_options.height = 667;
    open_options.pixel_ratio = 2;
    open_options.surface = SPARROW_SURFACE_OFFSCREEN;

    sparrow_program *program = NULL;
    if (sparrow_open(engine, package, strlen(package), &open_options, &program) != SPARROW_OK) {
        int code = fail("sparrow_open");
        sparrow_engine_destroy(engine);
        return code;
    }

    if (sparrow_set_shell_callbacks(program, on_navigation_bar, NULL, NULL) != SPARROW_OK) {
        return fail("sparrow_set_shell_callbacks");
    }

    /* 60 Hz vsync on the virtual clock. */
    sparrow_frame_info info = {0};
    for (int i = 0; i < frames; i++) {
        if (sparrow_render_frame(program, i * (1000.0 / 60.0), &info) != SPARROW_OK) {
            return fail("sparrow_render_frame");
        }
    }

    int32_t width = 0, height = 0;
    if (sparrow_frame_size(program, &width, &height) != SPARROW_OK) {
        return fail("sparrow_frame_size");
    }
    size_t size = (size_t)width * (size_t)height * 4;
    unsigned char *pixels = malloc(size);
    if (pixels == NULL || sparrow_read_pixels(program, pixels, size) != SPARROW_OK) {
        free(pixels);
        return fail("sparrow_read_pixels");
    }
    size_t painted = 0;
    for (size_t p = 0; p < size; p += 4) {
        painted += pixels[p] != 255 || pixels[p + 1] != 255 || pixels[p + 2] != 255;
    }
    free(pixels);

    if (sparrow_write_png(program, out, strlen(out)) != SPARROW_OK) {
        return fail("sparrow_write_png");
    }

    char *route = NULL;
    if (sparrow_current_route(program, &route) != SPARROW_OK) {
        return fail("sparrow_current_route");
    }
    printf("%s: %d frames of %s, %dx%d px, %zu non-white, last frame %.2f ms, %d draw calls\n",
           out, frames, route, width, height, painted, info.cpu_ms, info.draw_calls);
    sparrow_free(route);

    char *stack = NULL;
    if (sparrow_page_stack(program, &stack) != SPARROW_OK) {
        return fail("sparrow_page_stack");
    }
    printf("page stack: %s\n", stack);
    sparrow_free(stack);

    /* A call on a closed program is an error code, never a crash. */
    sparrow_close(program);
    if (sparrow_render_frame(program, 0, NULL) != SPARROW_E_INVALID_ARGUMENT) {
        fprintf(stderr, "embed-c: a closed program was not rejected\n");
        return 1;
    }

    if (sparrow_engine_destroy(engine) != SPARROW_OK) {
        return fail("sparrow_engine_destroy");
    }
    return errors > 0 ? 1 : 0;
}
