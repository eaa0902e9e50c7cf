// Box shadow as an analytic Gaussian blur of a rounded box (no blur pass), after Evan Wallace's
// "Fast rounded rectangle shadows" (https://madebyevan.com/shaders/fast-rounded-rectangle-shadows/)
// as gpui uses it: the blur of each horizontal slice of the box is exact (a difference of two erf),
// and the slices are summed with Gaussian weights over ±3 sigma.
in vec2 v_local;
flat in vec4 v_box;
flat in vec4 v_box_radii;
flat in vec4 v_box_radii_y;
flat in vec4 v_shape;
flat in vec4 v_shape_radii;
flat in vec4 v_shape_radii_y;
flat in vec4 v_color;
flat in float v_sigma;
// ShadowFlags: 1 inset, 2 the box's background is opaque.
flat in uint v_flags;
// Target pixels per local unit across x and y (axis_scale in vertex.glsl).
flat in vec2 v_axis_scale;

const int SLICES = 8;

// Abramowitz & Stegun 7.1.27 (|error| < 5e-4), extended to negative x by symmetry.
float erf_approx(float x) {
  float a = abs(x);
  float d = 1.0 + a * (0.278393 + a * (0.230389 + a * (0.000972 + a * 0.078108)));
  d *= d;
  return sign(x) * (1.0 - 1.0 / (d * d));
}

// The Gaussian-blurred box's coverage at p (relative to its centre; h: half size; r: the radii
// (horizontal, vertical) of the corner p is nearest to; sigma > 0). An elliptical corner narrows each
// slice along its own ellipse.
float blurred_box(vec2 p, vec2 h, vec2 r, float sigma) {
  r = min(r, h);
  if (r.x <= 0.0 || r.y <= 0.0) {
    r = vec2(0.0, 1.0);
  }
  float lo = max(p.y - 3.0 * sigma, -h.y);
  float hi = min(p.y + 3.0 * sigma, h.y);
  if (hi <= lo) {
    return 0.0;
  }
  float step_y = (hi - lo) / float(SLICES);
  float k = 0.70710678 / sigma;
  float norm = step_y / (2.50662827 * sigma);
  float sum = 0.0;
  for (int i = 0; i < SLICES; i++) {
    float y = lo + (float(i) + 0.5) * step_y;
    // Half width of the box's slice at height y: narrower inside the corner band.
    float into_corner = max(abs(y) - (h.y - r.y), 0.0) / r.y;
    float half_width = h.x - r.x + r.x * sqrt(max(1.0 - into_corner * into_corner, 0.0));
    float slice = 0.5 * (erf_approx((p.x + half_width) * k) - erf_approx((p.x - half_width) * k));
    float dy = p.y - y;
    sum += slice * exp(-dy * dy / (2.0 * sigma * sigma)) * norm;
  }
  return sum;
}

void main() {
  vec2 s = v_axis_scale;
  vec2 sh = v_shape.zw * 0.5;
  vec2 sp = v_local - (v_shape.xy + sh);
  float shape = v_sigma < 0.25
      ? box_coverage(sp * s, sh * s, corner_radius(sp, v_shape_radii, v_shape_radii_y) * s)
      : blurred_box(sp, sh, corner_radius(sp, v_shape_radii, v_shape_radii_y), v_sigma);

  bool inset = (v_flags & 1u) != 0u;
  vec2 bh = v_box.zw * 0.5;
  vec2 bp = v_local - (v_box.xy + bh);
  vec2 box_r = corner_radius(bp, v_box_radii, v_box_radii_y) * s;
  // Blink clips an outer shadow out of an opaque box's border box inset by one pixel, radii shrunk by as
  // much (ClipToBorderEdge in box_painter_base.cc; one device pixel, as Blink paints in device pixels), so
  // the box's anti-aliased edge is blended with the shadow alone, not with what lies under both
  // (shadow/box_shadow_multiple_layers: the box's edge pixels along a shadow's corner).
  vec2 clip_inset = (!inset && (v_flags & 2u) != 0u) ? vec2(1.0) : vec2(0.0);
  float box = box_coverage(bp * s, max(bh * s - clip_inset, vec2(0.0)), max(box_r - clip_inset, vec2(0.0)));

  // Outer shadows are never drawn under their box; inset ones only inside it (§7.1).
  float alpha = inset ? (1.0 - shape) * box : shape * (1.0 - box);
  o_color = premultiply(v_color) * alpha * clip_coverage();
}
