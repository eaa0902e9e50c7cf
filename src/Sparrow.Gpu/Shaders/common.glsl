// Shared by every vertex and fragment shader, after "#version 300 es" and the precision lines.
// Space: target pixels, origin top-left, y down (the scene's convention); GL's y-up is handled
// only in device_to_clip (vertex.glsl) and in readback.

// Straight RGBA (as Core.Color stores it) to premultiplied: blending is ONE, ONE_MINUS_SRC_ALPHA.
vec4 premultiply(vec4 c) {
  return vec4(c.rgb * c.a, c.a);
}

// Coverage of a pixel by a shape from the signed distance at its centre (negative inside): a one
// pixel wide linear ramp, which is what an SDF gives for axis-aligned edges at unit scale.
float coverage(float d) {
  return clamp(0.5 - d, 0.0, 1.0);
}

// The radius (x, y) of the corner whose quadrant p (relative to the box centre) lies in.
// Radii are ordered top-left, top-right, bottom-right, bottom-left, as Scene.CornerRadii.
float corner_radius(vec2 p, vec4 radii) {
  return p.x < 0.0 ? (p.y < 0.0 ? radii.x : radii.w) : (p.y < 0.0 ? radii.y : radii.z);
}

// Signed distance from p to a box centred at the origin with half size h and elliptical corner
// radii r. Exact for circular corners (r.x == r.y); for elliptical ones (inner border edges) the
// first-order estimate f / |grad f| of the implicit ellipse, which is enough for a 1 px ramp.
float sd_rounded_box(vec2 p, vec2 h, vec2 r) {
  r = min(r, h);
  vec2 d = abs(p) - h;
  if (r.x > 0.0 && r.y > 0.0) {
    vec2 q = d + r;
    if (q.x > 0.0 && q.y > 0.0) {
      vec2 n = q / r;
      float k = length(n);
      return (k - 1.0) * k / length(n / r);
    }
  }
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}

// Per-corner radii scaled down so adjacent radii never overlap: css-backgrounds-3 §5.5
// (https://www.w3.org/TR/css-backgrounds-3/#corner-overlap), f = min(L_i / S_i).
vec4 fit_radii(vec4 r, vec2 size) {
  float f = 1.0;
  float top = r.x + r.y;
  float right = r.y + r.z;
  float bottom = r.z + r.w;
  float left = r.w + r.x;
  if (top > 0.0) f = min(f, size.x / top);
  if (bottom > 0.0) f = min(f, size.x / bottom);
  if (left > 0.0) f = min(f, size.y / left);
  if (right > 0.0) f = min(f, size.y / right);
  return r * f;
}
