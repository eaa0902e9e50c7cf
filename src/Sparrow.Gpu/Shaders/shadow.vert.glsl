// Box shadow. Attributes mirror Scene.Shadow.
in vec4 a_box;
in vec4 a_radii_x;
in vec4 a_radii_y;
in vec4 a_offset_blur_spread;
in vec4 a_color;
in uint a_flags;

out vec2 v_local;
flat out vec4 v_box;
flat out vec4 v_box_radii;
flat out vec4 v_box_radii_y;
flat out vec4 v_shape;
flat out vec4 v_shape_radii;
flat out vec4 v_shape_radii_y;
flat out vec4 v_color;
flat out float v_sigma;
flat out uint v_flags;
flat out vec2 v_axis_scale;

void main() {
  vec2 offset = a_offset_blur_spread.xy;
  float sigma = a_offset_blur_spread.z * 0.5;
  bool inset = (a_flags & 1u) != 0u;
  // Outer shadows grow by the spread, inset ones shrink; radii follow the spread
  // (css-backgrounds-3 §7.1.1; the "< 1 ratio" refinement for small radii is not applied).
  float spread = inset ? -a_offset_blur_spread.w : a_offset_blur_spread.w;
  v_shape = vec4(a_box.xy + offset - spread, max(a_box.zw + 2.0 * spread, vec2(0.0)));
  // Each axis of an elliptical corner grows by the spread on its own.
  float f = fit_factor(a_radii_x, a_radii_y, a_box.zw);
  vec4 box_rx = a_radii_x * f;
  vec4 box_ry = a_radii_y * f;
  bvec4 round_corner = bvec4(vec4(greaterThan(box_rx, vec4(0.0))) * vec4(greaterThan(box_ry, vec4(0.0))));
  v_shape_radii = mix(vec4(0.0), max(box_rx + spread, vec4(0.0)), round_corner);
  v_shape_radii_y = mix(vec4(0.0), max(box_ry + spread, vec4(0.0)), round_corner);
  v_box = a_box;
  v_box_radii = box_rx;
  v_box_radii_y = box_ry;
  v_color = a_color;
  v_sigma = sigma;
  v_flags = a_flags;
  v_axis_scale = axis_scale();

  vec4 r = inset ? vec4(a_box.xy - 1.0, a_box.zw + 2.0)
                 : vec4(v_shape.xy - 3.0 * sigma - 1.0, v_shape.zw + 6.0 * sigma + 2.0);
  v_local = r.xy + unit_corner() * r.zw;
  gl_Position = place(v_local);
}
