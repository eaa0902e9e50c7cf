// Linear and radial gradients. Attributes mirror Scene.Gradient.
in vec4 a_bounds;
in vec4 a_radii;
in vec4 a_points;
in uvec2 a_kind_count;
in vec4 a_stop_offsets;
in vec4 a_stop_color0;
in vec4 a_stop_color1;
in vec4 a_stop_color2;
in vec4 a_stop_color3;
in ivec2 a_ramp_flags;

out vec2 v_local;
flat out vec4 v_bounds;
flat out vec4 v_radii;
flat out vec4 v_points;
// Kind, ramp, flags and stop count share one varying: GLES 3.0 guarantees only 15 varying vectors.
flat out ivec4 v_kind_ramp_flags_count;
flat out vec4 v_offsets;
flat out vec4 v_color0;
flat out vec4 v_color1;
flat out vec4 v_color2;
flat out vec4 v_color3;

void main() {
  vec4 r = vec4(a_bounds.xy - 1.0, a_bounds.zw + 2.0);
  v_local = r.xy + unit_corner() * r.zw;
  gl_Position = place(v_local);
  v_bounds = a_bounds;
  v_radii = fit_radii(a_radii, a_bounds.zw);
  v_points = a_points;
  v_offsets = a_stop_offsets;
  v_kind_ramp_flags_count = ivec4(int(a_kind_count.x), a_ramp_flags, int(a_kind_count.y));
  // Premultiplied: CSS interpolates gradient colors with premultiplied alpha (css-images-4 §3.5.2).
  v_color0 = premultiply(a_stop_color0);
  v_color1 = premultiply(a_stop_color1);
  v_color2 = premultiply(a_stop_color2);
  v_color3 = premultiply(a_stop_color3);
}
