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

// Straight RGBA packed in a uint as Core.Color lays it out in memory (R in the low byte), for
// attributes and varyings that carry four colors in one uvec4.
vec4 unpack_color(uint c) {
  return vec4(uvec4(c, c >> 8u, c >> 16u, c >> 24u) & 0xFFu) / 255.0;
}

// The radii (horizontal, vertical) of the corner whose quadrant p (relative to the box centre) lies
// in. Each vec4 is ordered top-left, top-right, bottom-right, bottom-left, as Scene.CornerRadii.
vec2 corner_radius(vec2 p, vec4 rx, vec4 ry) {
  return p.x < 0.0 ? (p.y < 0.0 ? vec2(rx.x, ry.x) : vec2(rx.w, ry.w))
                   : (p.y < 0.0 ? vec2(rx.y, ry.y) : vec2(rx.z, ry.z));
}

// Signed distance from p to a box centred at the origin with half size h and elliptical corner
// radii r. Exact for circular corners (r.x == r.y); for elliptical ones the first-order estimate
// f / |grad f| of the implicit ellipse (f = |q / r| - 1), which is what Skia's analytic rounded-rect
// coverage uses too and is enough for a one-pixel ramp.
float sd_rounded_box(vec2 p, vec2 h, vec2 r) {
  // A fitted radius may exceed half its side (css-backgrounds-3 §5.5 bounds only adjacent sums): the
  // quadrant's own ellipse still bounds it; clamping it to h would flatten the corner.
  r = min(r, 2.0 * h);
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

// Coverage of the pixel centred at p by a box centred at the origin with half size h and the radii r
// of p's corner, all in target pixels. A square corner is covered by the product of its two edges'
// coverages, as Skia's anti-aliased rects are (for a pixel-aligned box, the exact area): the distance
// field would give a pixel that both edges cross the larger of the two (a corner pixel half covered
// across and 0.6 down came out 0.6, not 0.3, in aa/transform_scale_uniform_and_per_axis). A rounded
// corner is covered as Chromium's GPU raster path (Skia Ganesh, which Android's WebView takes) covers
// rounded rects, circles and their strokes: analytically, saturate(radius + 0.5 - distance) with the
// exact distance to the curve (GrOvalOpFactory's circle and rrect ops, GrRRectEffect), which is
// coverage() of sd_rounded_box. Skia's software rasteriser fills the corners as flattened chords
// instead; the paint reftests accept either raster (conformance/paint/README.md).
float box_coverage(vec2 p, vec2 h, vec2 r) {
  if (r.x <= 0.0 || r.y <= 0.0) {
    vec2 d = abs(p) - h;
    return coverage(d.x) * coverage(d.y);
  }
  return coverage(sd_rounded_box(p, h, r));
}

// The factor that scales every radius down so adjacent radii never overlap: css-backgrounds-3 §5.5
// (https://www.w3.org/TR/css-backgrounds-3/#corner-overlap), f = min(L_i / S_i), where the top and
// bottom sides sum horizontal radii (rx) and the left and right sides vertical ones (ry).
float fit_factor(vec4 rx, vec4 ry, vec2 size) {
  float f = 1.0;
  float top = rx.x + rx.y;
  float bottom = rx.z + rx.w;
  float right = ry.y + ry.z;
  float left = ry.w + ry.x;
  if (top > 0.0) f = min(f, size.x / top);
  if (bottom > 0.0) f = min(f, size.x / bottom);
  if (left > 0.0) f = min(f, size.y / left);
  if (right > 0.0) f = min(f, size.y / right);
  return f;
}
