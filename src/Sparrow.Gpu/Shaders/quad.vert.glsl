// Quad: background, per-corner radii, per-side borders. Attributes mirror Scene.Quad.
in vec4 a_bounds;
in vec4 a_radii;
in vec4 a_border_widths;
in vec4 a_background;
in vec4 a_border_top;
in vec4 a_border_right;
in vec4 a_border_bottom;
in vec4 a_border_left;
in uvec4 a_border_styles;

out vec2 v_local;
flat out vec4 v_bounds;
flat out vec4 v_radii;
flat out vec4 v_widths;
flat out vec4 v_background;
flat out vec4 v_border_top;
flat out vec4 v_border_right;
flat out vec4 v_border_bottom;
flat out vec4 v_border_left;
flat out uvec4 v_styles;

void main() {
  // One pixel of margin so partly covered edge pixels are rasterised and the SDF can ramp them.
  vec4 r = vec4(a_bounds.xy - 1.0, a_bounds.zw + 2.0);
  v_local = r.xy + unit_corner() * r.zw;
  gl_Position = place(v_local);
  v_bounds = a_bounds;
  v_radii = fit_radii(a_radii, a_bounds.zw);
  v_widths = a_border_widths;
  v_background = a_background;
  v_border_top = a_border_top;
  v_border_right = a_border_right;
  v_border_bottom = a_border_bottom;
  v_border_left = a_border_left;
  v_styles = a_border_styles;
}
