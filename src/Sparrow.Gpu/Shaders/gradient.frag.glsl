// Linear: t is the projection on the gradient line; radial: the normalised distance from the
// centre on the ellipse of the given radii. Stops are pre-resolved (Scene.GradientStops); unused
// slots repeat the last stop, so the loop runs over all four. Long gradients (ramp > 0) read
// row ramp - 1 of the ramp texture instead: 256 premultiplied texels over t = 0..1.
uniform sampler2D u_texture;
in vec2 v_local;
flat in vec4 v_bounds;
flat in vec4 v_radii;
flat in vec4 v_points;
flat in ivec2 v_kind_ramp;
flat in vec4 v_offsets;
flat in vec4 v_color0;
flat in vec4 v_color1;
flat in vec4 v_color2;
flat in vec4 v_color3;

vec4 ramp(float t) {
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

void main() {
  vec2 h = v_bounds.zw * 0.5;
  vec2 p = v_local - (v_bounds.xy + h);
  float shape = local_coverage(sd_rounded_box(p, h, vec2(corner_radius(p, v_radii))));
  if (shape <= 0.0) {
    discard;
  }
  float t;
  if (v_kind_ramp.x == 0) {
    vec2 line = v_points.zw - v_points.xy;
    t = dot(v_local - v_points.xy, line) / max(dot(line, line), 1e-6);
  } else {
    t = length((v_local - v_points.xy) / max(v_points.zw, vec2(1e-6)));
  }
  vec4 color;
  int ramp_row = v_kind_ramp.y - 1;
  if (ramp_row >= 0) {
    vec2 size = vec2(textureSize(u_texture, 0));
    color = texture(u_texture, vec2((clamp(t, 0.0, 1.0) * 255.0 + 0.5) / size.x, (float(ramp_row) + 0.5) / size.y));
  } else {
    color = ramp(t);
  }
  o_color = color * shape * clip_coverage();
}
