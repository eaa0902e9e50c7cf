// Linear: t is the projection on the gradient line; radial: the normalised distance from the
// centre on the ellipse of the given radii. Stops are pre-resolved (Scene.GradientStops); unused
// slots repeat the last stop, so the loop runs over all four. Long gradients (ramp > 0) search row
// ramp - 1 of the stop texture instead (Gpu.GradientStopTable: stop i is a premultiplied color at
// texel 2i and its offset at 2i + 1), so hard edges stay exact. Repeating gradients (flags bit 0,
// Scene.GradientFlags) hold one period in 0..1 and take t mod 1.
uniform sampler2D u_texture;
in vec2 v_local;
flat in vec4 v_bounds;
flat in vec4 v_radii;
flat in vec4 v_radii_y;
flat in vec4 v_points;
flat in ivec4 v_kind_ramp_flags_count;
flat in vec4 v_offsets;
flat in uvec4 v_colors;

vec4 ramp(float t) {
  // Premultiplied: CSS interpolates gradient colors with premultiplied alpha (css-images-4 §3.5.2).
  vec4 v_color0 = premultiply(unpack_color(v_colors.x));
  vec4 v_color1 = premultiply(unpack_color(v_colors.y));
  vec4 v_color2 = premultiply(unpack_color(v_colors.z));
  vec4 v_color3 = premultiply(unpack_color(v_colors.w));
  vec4 c = v_color0;
  if (t > v_offsets.x) {
    c = mix(v_color0, v_color1, clamp((t - v_offsets.x) / max(v_offsets.y - v_offsets.x, 1e-6), 0.0, 1.0));
  }
  if (t > v_offsets.y) {
    c = mix(v_color1, v_color2, clamp((t - v_offsets.y) / max(v_offsets.z - v_offsets.y, 1e-6), 0.0, 1.0));
  }
  if (t > v_offsets.z) {
    c = mix(v_color2, v_color3, clamp((t - v_offsets.z) / max(v_offsets.w - v_offsets.z, 1e-6), 0.0, 1.0));
  }
  return c;
}

float stop_offset(int row, int i) {
  return texelFetch(u_texture, ivec2(2 * i + 1, row), 0).x;
}

vec4 stop_color(int row, int i) {
  return texelFetch(u_texture, ivec2(2 * i, row), 0);
}

// The color at t from a row of the stop texture: the first and last stops extend; between two
// stops a premultiplied mix; at a hard edge (equal offsets) the later stop wins.
vec4 table_ramp(int row, int count, float t) {
  int last = min(count, 256) - 1;
  if (t <= stop_offset(row, 0)) {
    return stop_color(row, 0);
  }
  if (t >= stop_offset(row, last)) {
    return stop_color(row, last);
  }
  int lo = 0;
  int hi = last;
  while (hi - lo > 1) {
    int mid = (lo + hi) / 2;
    if (stop_offset(row, mid) <= t) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  float a = stop_offset(row, lo);
  float b = stop_offset(row, hi);
  return mix(stop_color(row, lo), stop_color(row, hi), clamp((t - a) / max(b - a, 1e-6), 0.0, 1.0));
}

void main() {
  vec2 h = v_bounds.zw * 0.5;
  vec2 p = v_local - (v_bounds.xy + h);
  float shape = local_coverage(sd_rounded_box(p, h, corner_radius(p, v_radii, v_radii_y)));
  if (shape <= 0.0) {
    discard;
  }
  float t;
  if (v_kind_ramp_flags_count.x == 0) {
    vec2 line = v_points.zw - v_points.xy;
    t = dot(v_local - v_points.xy, line) / max(dot(line, line), 1e-6);
  } else {
    t = length((v_local - v_points.xy) / max(v_points.zw, vec2(1e-6)));
  }
  if ((v_kind_ramp_flags_count.z & 1) != 0) {
    t = fract(t);
  }
  vec4 color;
  int ramp_row = v_kind_ramp_flags_count.y - 1;
  if (ramp_row >= 0) {
    color = table_ramp(ramp_row, v_kind_ramp_flags_count.w, t);
  } else {
    color = ramp(t);
  }
  o_color = color * shape * clip_coverage();
}
