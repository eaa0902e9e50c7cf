// Linear and radial gradients. Attributes mirror Scene.Gradient.
in vec4 a_bounds;
in vec4 a_radii_x;
in vec4 a_radii_y;
in vec4 a_points;
in uvec2 a_kind_count;
in vec4 a_stop_offsets;
// The four inline stop colors, one packed RGBA each (an attribute each would pass GLES 3.0's 16).
in uvec4 a_stop_colors;
in ivec2 a_ramp_flags;

out vec2 v_local;
flat out vec4 v_bounds;
flat out vec4 v_radii;
flat out vec4 v_radii_y;
flat out vec4 v_points;
// Kind, ramp, flags and stop count share one varying: GLES 3.0 guarantees only 15 varying vectors.
flat out ivec4 v_kind_ramp_flags_count;
flat out vec4 v_offsets;
// Packed as the attribute is: four vec4 varyings with the radii would pass GLES 3.0's 15.
flat out uvec4 v_colors;

void main() {
  vec4 r = vec4(a_bounds.xy - 1.0, a_bounds.zw + 2.0);
  v_local = r.xy + unit_corner() * r.zw;
  gl_Position = place(v_local);
  v_bounds = a_bounds;
  float f = fit_factor(a_radii_x, a_radii_y, a_bounds.zw);
  v_radii = a_radii_x * f;
  v_radii_y = a_radii_y * f;
  v_points = a_points;
  v_offsets = a_stop_offsets;
  v_kind_ramp_flags_count = ivec4(int(a_kind_count.x), a_ramp_flags, int(a_kind_count.y));
  v_colors = a_stop_colors;
}
