// Quad: background, per-corner radii, per-side borders. Attributes mirror Scene.Quad.
in vec4 a_bounds;
in vec4 a_radii_x;
in vec4 a_radii_y;
in vec4 a_border_widths;
in vec4 a_background;
// The four border colors (top, right, bottom, left), one packed RGBA each: as four attributes they
// and the vertical radii would pass GLES 3.0's 16 attributes.
in uvec4 a_border_colors;
in uvec4 a_border_styles;

out vec2 v_local;
flat out vec4 v_bounds;
flat out vec4 v_radii;
flat out vec4 v_radii_y;
flat out vec4 v_widths;
flat out vec4 v_background;
// Packed as the attribute is: four vec4 varyings would pass GLES 3.0's 15.
flat out uvec4 v_border_colors;
flat out uvec4 v_styles;
flat out vec2 v_axis_scale;

void main() {
  // One pixel of margin so partly covered edge pixels are rasterised and the SDF can ramp them.
  vec4 r = vec4(a_bounds.xy - 1.0, a_bounds.zw + 2.0);
  v_local = r.xy + unit_corner() * r.zw;
  gl_Position = place(v_local);
  v_bounds = a_bounds;
  float f = fit_factor(a_radii_x, a_radii_y, a_bounds.zw);
  v_radii = a_radii_x * f;
  v_radii_y = a_radii_y * f;
  v_widths = a_border_widths;
  v_background = a_background;
  v_border_colors = a_border_colors;
  v_styles = a_border_styles;
  v_axis_scale = axis_scale();
}
