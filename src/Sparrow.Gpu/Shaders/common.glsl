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

// Chromium's raster backend (Skia) does not draw a rounded corner as a curve: SkPath::RRect makes
// each corner a conic, the edge builder turns it into 2^k quads (SkConic::computeQuadPOW2, tolerance
// a quarter pixel), and each quad into 2^s lines (SkQuadraticEdge, diff_to_shift at 4x supersampling).
// The pixels are covered by that polygon, whose chords lie up to a few tenths of a pixel inside the
// curve (measured on aa/radius_pill_buttons_with_hairline_border: a 36 device px corner is 4 quads of
// 2 lines; along a chord the reference's edge follows the line, not the arc). flat_corner_distance
// rebuilds that polygon. u: the point from the corner's centre, both components outwards; r: the
// radii; both in device pixels. Returns the signed distance to the polygon (positive outside).
int conic_quad_pow2(vec2 r) {
  // |P0 - 2 P1 + P2| of the quarter conic times (w - 1) / (4 (2 + w - 1)), w = sqrt(1/2).
  float error = 0.0428932 * length(r);
  int pow2 = 0;
  while (error > 0.25 && pow2 < 5) {
    error *= 0.25;
    pow2++;
  }
  return pow2;
}

// The lines SkQuadraticEdge cuts quad j into: its control point's offset from the chord's midpoint,
// halved, in 1/64 of a supersampled (4x) pixel, measured with Skia's cheap_distance, gives the shift.
int quad_line_count(vec2 r, float dq, int j) {
  float m = (float(j) + 0.5) * dq;
  float c = cos(0.5 * dq);
  vec2 diff = abs(vec2(r.x * cos(m), r.y * sin(m))) * (0.5 * (1.0 / c - c)) * 256.0;
  int dx = int(diff.x);
  int dy = int(diff.y);
  int dist = dx > dy ? dx + (dy >> 1) : dy + (dx >> 1);
  dist = (dist + 16) >> 5;
  int bits = 0;
  for (int v = dist; v > 0; v >>= 1) {
    bits++;
  }
  return 1 << clamp(bits >> 1, 1, 6);
}

// The point at t on quad j of the corner (its ends on the ellipse, its control point where their
// tangents meet, as SkConic::chopIntoQuadsPOW2 leaves it).
vec2 corner_quad_point(vec2 r, float dq, int j, float t) {
  float a0 = float(j) * dq;
  float a1 = a0 + dq;
  vec2 p0 = r * vec2(cos(a0), sin(a0));
  vec2 p2 = r * vec2(cos(a1), sin(a1));
  vec2 p1 = r * vec2(cos(a0 + 0.5 * dq), sin(a0 + 0.5 * dq)) / cos(0.5 * dq);
  float s = 1.0 - t;
  return s * s * p0 + 2.0 * s * t * p1 + t * t * p2;
}

// Signed distance from u to the line through a and b, positive away from the corner's centre.
float chord_distance(vec2 u, vec2 a, vec2 b) {
  vec2 e = b - a;
  vec2 n = normalize(vec2(e.y, -e.x));
  return dot(u - a, n);
}

float flat_corner_distance(vec2 u, vec2 r) {
  int quads = 1 << conic_quad_pow2(r);
  float dq = 1.57079633 / float(quads);
  float phi = atan(u.y / r.y, u.x / r.x);
  int j = clamp(int(phi / dq), 0, quads - 1);
  int n = quad_line_count(r, dq, j);
  float fi = clamp(floor((phi / dq - float(j)) * float(n)), 0.0, float(n - 1));
  // The polygon is convex: inside, its distance is the largest over its sides' lines; the chord the
  // point faces and its two neighbours (or the straight sides) are enough for a one-pixel ramp.
  float d = max(u.x - r.x, u.y - r.y);
  d = max(d, chord_distance(u, corner_quad_point(r, dq, j, fi / float(n)),
                            corner_quad_point(r, dq, j, (fi + 1.0) / float(n))));
  if (fi > 0.0) {
    d = max(d, chord_distance(u, corner_quad_point(r, dq, j, (fi - 1.0) / float(n)),
                              corner_quad_point(r, dq, j, fi / float(n))));
  } else if (j > 0) {
    int np = quad_line_count(r, dq, j - 1);
    d = max(d, chord_distance(u, corner_quad_point(r, dq, j - 1, float(np - 1) / float(np)),
                              corner_quad_point(r, dq, j - 1, 1.0)));
  }
  if (fi < float(n - 1)) {
    d = max(d, chord_distance(u, corner_quad_point(r, dq, j, (fi + 1.0) / float(n)),
                              corner_quad_point(r, dq, j, (fi + 2.0) / float(n))));
  } else if (j < quads - 1) {
    int nn = quad_line_count(r, dq, j + 1);
    d = max(d, chord_distance(u, corner_quad_point(r, dq, j + 1, 0.0),
                              corner_quad_point(r, dq, j + 1, 1.0 / float(nn))));
  }
  return d;
}

// sd_rounded_box with each corner flattened as Skia's rasteriser flattens it (flat_corner_distance).
// scale: target pixels per local unit (v_scale), as the flattening is decided in device pixels; 0
// keeps the exact curves (sd_rounded_box).
float sd_rounded_box_flat(vec2 p, vec2 h, vec2 r, float scale) {
  if (scale <= 0.0) {
    return sd_rounded_box(p, h, r);
  }
  r = min(r, h);
  vec2 d = abs(p) - h;
  if (r.x > 0.0 && r.y > 0.0) {
    vec2 q = d + r;
    if (q.x > 0.0 && q.y > 0.0) {
      return flat_corner_distance(q * scale, r * scale) / scale;
    }
  }
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}

// Coverage of the pixel centred at p by a box centred at the origin with half size h and the radii r
// of p's corner, all in target pixels. A square corner is covered by the product of its two edges'
// coverages, as Skia's anti-aliased rects are (for a pixel-aligned box, the exact area): the distance
// field would give a pixel that both edges cross the larger of the two (a corner pixel half covered
// across and 0.6 down came out 0.6, not 0.3, in aa/transform_scale_uniform_and_per_axis). Rounded
// corners take sd_rounded_box_flat's distance (flat_scale as its scale).
float box_coverage(vec2 p, vec2 h, vec2 r, float flat_scale) {
  if (r.x <= 0.0 || r.y <= 0.0) {
    vec2 d = abs(p) - h;
    return coverage(d.x) * coverage(d.y);
  }
  return coverage(sd_rounded_box_flat(p, h, r, flat_scale));
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
