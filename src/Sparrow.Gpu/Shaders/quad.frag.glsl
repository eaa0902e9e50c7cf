// Quad: the border box as a rounded-box SDF, the padding box (border box less the widths, with
// corner radii reduced per axis, css-backgrounds-3 §5.3) as a second one; between them the border.
in vec2 v_local;
flat in vec4 v_bounds;
flat in vec4 v_radii;
flat in vec4 v_radii_y;
flat in vec4 v_widths;
flat in vec4 v_background;
flat in uvec4 v_border_colors;
flat in uvec4 v_styles;
// Target pixels per local unit across x and y (axis_scale in vertex.glsl): the box's edges are
// measured in target pixels, so each ramps over one pixel under scale(a, b) too.
flat in vec2 v_axis_scale;

const uint STYLE_SOLID = 0u;
const uint STYLE_DASHED = 1u;

// Dashes (or dots) are laid out along a side so that it starts and ends with one, stretching the
// gap to the whole number of dashes closest to the ideal spacing: the rule of Chromium's
// StrokeData::SelectBestDashGap for open paths. Returns the gap, or -1 when fewer than two fit.
float fitted_gap(float len, float dash, float gap) {
  float n = floor((len + gap) / (dash + gap));
  if (n < 2.0) {
    return -1.0;
  }
  float gap_fewer = (len - n * dash) / (n - 1.0);
  float gap_more = (len - (n + 1.0) * dash) / n;
  // A tie takes the extra dash, as Chromium's strict comparison does (dash/border_dashed_gaps_show_background:
  // 6 dashes with 8 px gaps on a 184 device px side, not 5 with 16).
  return (gap_more <= 0.0 || abs(gap_fewer - gap) < abs(gap_more - gap)) ? gap_fewer : gap_more;
}

// Blink strokes dots as zero-length dashes with round caps whose interval is the fitted spacing less
// 0.01 device px (StyledStrokeData's kEpsilon, so rounding never drops the last dot): the dots creep
// back by that much each, which adds up to a tenth of a pixel along a side.
const float DOT_EPSILON = 0.01;

// Coverage of the border pattern at `along` (from the side's start) and `depth` (from its outer edge).
// A dot is covered as Ganesh covers round-capped zero-length dashes (GrDashOp's DashingCircleEffect):
// saturate(radius + 0.5 - distance to the centre), an exact circle with a one pixel ramp. (Skia's
// software raster fills each dot as a polygon inscribed in the circle; its edge pixels scatter by
// about 0.1 coverage around any radial profile, which no circle follows.)
float pattern(uint style, float along, float depth, float len, float width) {
  if (style == STYLE_SOLID) {
    return 1.0;
  }
  bool dashed = style == STYLE_DASHED;
  // As Chromium draws them: dashes 3 widths long with 2-width gaps below 3 px, 2 and 1 widths from
  // 3 px up. Dots are round, one width across, one width apart. Chromium lays out and strokes in
  // device pixels (zoom for device scale factor), so the 3 px threshold is in device pixels: a 2 CSS
  // px border at ratio 2 has the long gaps of a 4 px one (the dash/border_* reftests).
  bool thin = width * v_scale < 3.0;
  float dash = dashed ? width * (thin ? 3.0 : 2.0) : width;
  float gap = fitted_gap(len, dash, dashed ? width * (thin ? 2.0 : 1.0) : width);
  if (gap < 0.0) {
    return 1.0;
  }
  float period = dash + gap;
  // Dash ends ramp over one device pixel (distance times v_scale), as Skia's anti-aliased rects.
  if (dashed) {
    float m = mod(along, period);
    return clamp(max(min(m, dash - m), m - period) * v_scale + 0.5, 0.0, 1.0);
  }
  // Blink's line runs from half a width inside each end (GraphicsContext::DrawLine moves the ends in
  // so the caps fit), with the spacing fitted to the whole side.
  float step = period - DOT_EPSILON / v_scale;
  float last = floor((len - dash) / period + 0.5);
  float k = clamp(floor((along - dash * 0.5) / step + 0.5), 0.0, last);
  vec2 q = vec2(along - (dash * 0.5 + k * step), depth - width * 0.5);
  return coverage(length(q) * v_scale - width * v_scale * 0.5);
}

// Skia measures a rounded rectangle's corners (conics of weight sqrt(1/2), one per corner; an
// elliptical corner is the same conic scaled by its two radii) as chords: a piece is halved in its
// parameter while the curve's midpoint lies more than half a device pixel (on the larger axis) off the
// chord's midpoint (SkContourMeasure, conic_too_curvy), and Blink fits the dashes to the sum, which is
// shorter than the arc (by 0.09 px for a 36 px circular radius). The unit quarter circle from (1, 0)
// to (0, 1) at parameter t:
vec2 quarter_conic(float t) {
  float a = (1.0 - t) * (1.0 - t);
  float b = 1.41421356 * t * (1.0 - t);
  float c = t * t;
  return vec2(a + b, b + c) / (a + b + c);
}

// Walks those chords of a quarter ellipse in order, an in-order traversal of the halving without
// recursion. The quarter runs from (r.x, 0) to (0, r.y) in its own frame (device px); angles are those
// of the unit circle it is scaled from (the eccentric angle, 0 at the start, pi/2 at the end). Returns
// x: the measured length of the quarter; y: the length measured up to the angle `phi` (when phi >= 0);
// z: the angle at which the measured length reaches `at` (when at >= 0). Within a chord, length and
// angle are taken as proportional. The walk stops after 128 steps, enough for radii up to about 2000
// device px.
vec3 quarter_measure(vec2 r, float phi, float at) {
  vec3 result = vec3(0.0, 0.0, 1.57079633);
  if (r.x <= 0.0 || r.y <= 0.0) {
    return vec3(0.0);
  }
  bool locate = phi >= 0.0 || at >= 0.0;
  float t0 = 0.0;
  vec2 u0 = vec2(1.0, 0.0);
  int depth = 0;
  for (int i = 0; i < 128; i++) {
    float dt = exp2(-float(depth));
    vec2 u1 = quarter_conic(t0 + dt);
    vec2 off = abs((quarter_conic(t0 + 0.5 * dt) - 0.5 * (u0 + u1)) * r);
    if (depth < 10 && max(off.x, off.y) > 0.5) {
      depth++;
      continue;
    }
    float l = length((u1 - u0) * r);
    if (locate) {
      float a0 = atan(u0.y, u0.x);
      float a1 = atan(u1.y, u1.x);
      if (phi >= a0 && phi <= a1) {
        result.y = result.x + l * (phi - a0) / max(a1 - a0, 1e-6);
      }
      if (at >= result.x && at <= result.x + l) {
        result.z = a0 + (a1 - a0) * (at - result.x) / max(l, 1e-6);
      }
    }
    result.x += l;
    t0 += dt;
    u0 = u1;
    if (t0 >= 1.0) {
      break;
    }
    // Climb while this piece was its parent's second half.
    while (depth > 0 && fract(t0 * exp2(float(depth - 1))) == 0.0) {
      depth--;
    }
  }
  return result;
}

// The closed path Blink strokes a rounded box's dashes and dots along
// (BoxBorderPainter::DrawDashedDottedBoxSideFromPath): the border box inset by half of each side's
// width, each corner's radii less those halves on their own axes (CenterOutsets), so a circular
// corner between sides of different widths becomes elliptical. Device px. The path starts where the
// top edge leaves the top-left corner and runs clockwise (Blink's Path::AddRoundedRect).
struct Centerline {
  vec4 rect;     // x, y, width, height
  vec4 rx;       // horizontal radii: top-left, top-right, bottom-right, bottom-left (0: square)
  vec4 ry;       // vertical radii, same order
  vec4 arc;      // each corner's measured length, same order
  vec4 side_at;  // where the top, right, bottom and left straight pieces start along the path
  vec4 arc_at;   // where each corner starts along the path (corner order)
  float length;  // the whole path, as measured
};

// A corner's quarter in its own frame runs from the end of the straight piece before it to the start
// of the one after it; along the path that is (horizontal, vertical) radii for the top-left and
// bottom-right corners and (vertical, horizontal) for the other two.
vec2 walk_radii(Centerline c, int i) {
  vec2 r = vec2(c.rx[i], c.ry[i]);
  return (i == 1 || i == 3) ? r.yx : r;
}

vec2 corner_centre(Centerline c, int i) {
  float right = c.rect.x + c.rect.z;
  float bottom = c.rect.y + c.rect.w;
  if (i == 0) return vec2(c.rect.x + c.rx.x, c.rect.y + c.ry.x);
  if (i == 1) return vec2(right - c.rx.y, c.rect.y + c.ry.y);
  if (i == 2) return vec2(right - c.rx.z, bottom - c.ry.z);
  return vec2(c.rect.x + c.rx.w, bottom - c.ry.w);
}

// An offset from corner i's centre, from device axes to the quarter's frame and back.
vec2 to_walk(int i, vec2 o) {
  if (i == 0) return -o;
  if (i == 1) return vec2(-o.y, o.x);
  if (i == 2) return o;
  return vec2(o.y, -o.x);
}

vec2 from_walk(int i, vec2 w) {
  if (i == 0) return -w;
  if (i == 1) return vec2(w.y, -w.x);
  if (i == 2) return w;
  return vec2(-w.y, w.x);
}

Centerline make_centerline(vec4 bounds, vec4 radii_x, vec4 radii_y, vec4 widths) {
  Centerline c;
  vec4 half_w = 0.5 * widths;  // top, right, bottom, left
  c.rect = vec4(bounds.xy + half_w.wx, bounds.zw - half_w.yx - half_w.wz);
  // Horizontal radii lose the half width of the left or right side, vertical ones that of the top or
  // bottom; a corner left with one radius 0 is square (SkRRect).
  vec4 rx = max(radii_x - half_w.wyyw, vec4(0.0));
  vec4 ry = max(radii_y - half_w.xxzz, vec4(0.0));
  bvec4 round_corner = bvec4(rx.x > 0.0 && ry.x > 0.0, rx.y > 0.0 && ry.y > 0.0,
                             rx.z > 0.0 && ry.z > 0.0, rx.w > 0.0 && ry.w > 0.0);
  c.rx = mix(vec4(0.0), rx, vec4(round_corner));
  c.ry = mix(vec4(0.0), ry, vec4(round_corner));
  c.arc = vec4(quarter_measure(walk_radii(c, 0), -1.0, -1.0).x, quarter_measure(walk_radii(c, 1), -1.0, -1.0).x,
               quarter_measure(walk_radii(c, 2), -1.0, -1.0).x, quarter_measure(walk_radii(c, 3), -1.0, -1.0).x);
  float top_len = c.rect.z - c.rx.x - c.rx.y;
  float right_len = c.rect.w - c.ry.y - c.ry.z;
  float bottom_len = c.rect.z - c.rx.z - c.rx.w;
  float left_len = c.rect.w - c.ry.w - c.ry.x;
  c.side_at.x = 0.0;
  c.arc_at.y = top_len;
  c.side_at.y = c.arc_at.y + c.arc.y;
  c.arc_at.z = c.side_at.y + right_len;
  c.side_at.z = c.arc_at.z + c.arc.z;
  c.arc_at.w = c.side_at.z + bottom_len;
  c.side_at.w = c.arc_at.w + c.arc.w;
  c.arc_at.x = c.side_at.w + left_len;
  c.length = c.arc_at.x + c.arc.x;
  return c;
}

// The point of the quarter ellipse with radii r nearest to q, both in the quarter's frame. Each step
// stands the ellipse in for the circle of curvature at the current estimate (centred on the
// ellipse's evolute), moves to where the ray from that centre towards q meets the circle, and takes the
// ellipse's point at that point's eccentric angle; four steps are well under a hundredth of a pixel for
// the corners borders have. A circle's answer is exact at once.
vec2 nearest_on_quarter(vec2 q, vec2 r) {
  q = max(q, vec2(0.0));
  vec2 c = vec2(0.70710678);
  for (int i = 0; i < 4; i++) {
    vec2 e = vec2(r.x * r.x - r.y * r.y, r.y * r.y - r.x * r.x) * c * c * c / r;
    vec2 toward = q - e;
    vec2 next = e + toward * (length(r * c - e) / max(length(toward), 1e-6));
    c = normalize(max(next / r, vec2(1e-6)));
  }
  return c;
}

// Where along the path (measured as Skia measures it) the point of the centerline nearest to p lies:
// on a corner, its nearest point on the ellipse; elsewhere, the nearest straight piece.
float centerline_position(Centerline c, vec2 p) {
  for (int i = 0; i < 4; i++) {
    vec2 r = walk_radii(c, i);
    vec2 q = to_walk(i, p - corner_centre(c, i));
    if (r.x > 0.0 && q.x > 0.0 && q.y > 0.0) {
      vec2 u = nearest_on_quarter(q, r);
      return c.arc_at[i] + quarter_measure(r, atan(u.y, u.x), -1.0).y;
    }
  }
  float left = c.rect.x, top = c.rect.y, right = c.rect.x + c.rect.z, bottom = c.rect.y + c.rect.w;
  vec4 d = vec4(p.y - top, right - p.x, bottom - p.y, p.x - left);
  float m = min(min(d.x, d.y), min(d.z, d.w));
  if (m == d.x) return p.x - (left + c.rx.x);
  if (m == d.y) return c.side_at.y + p.y - (top + c.ry.y);
  if (m == d.z) return c.side_at.z + (right - c.rx.z) - p.x;
  return c.side_at.w + (bottom - c.ry.w) - p.y;
}

// The point at measured length s along the path.
vec2 centerline_point(Centerline c, float s) {
  s = mod(s, c.length);
  float left = c.rect.x, top = c.rect.y, right = c.rect.x + c.rect.z, bottom = c.rect.y + c.rect.w;
  int corner = 0;
  if (s < c.arc_at.y) return vec2(left + c.rx.x + s, top);
  if (s < c.side_at.y) {
    corner = 1;
  } else if (s < c.arc_at.z) {
    return vec2(right, top + c.ry.y + s - c.side_at.y);
  } else if (s < c.side_at.z) {
    corner = 2;
  } else if (s < c.arc_at.w) {
    return vec2(right - c.rx.z - (s - c.side_at.z), bottom);
  } else if (s < c.side_at.w) {
    corner = 3;
  } else if (s < c.arc_at.x) {
    return vec2(left, bottom - c.ry.w - (s - c.side_at.w));
  }
  vec2 r = walk_radii(c, corner);
  float a = quarter_measure(r, -1.0, s - c.arc_at[corner]).z;
  return corner_centre(c, corner) + from_walk(corner, r * vec2(cos(a), sin(a)));
}

// One side's dashes or dots on a rounded box, at the pixel p whose place along the path is s (device
// px). Blink strokes the whole closed centerline for each side, with that side's own width, and clips
// it to the side's region (BoxBorderPainter::PaintOneBorderSide): the pattern is laid out on the whole
// path, starting at its start, with the gap fitted so a whole number of dashes and gaps fill its
// measured length cut to whole pixels (StyledStrokeData's closed-path SelectBestDashGap).
float path_pattern(uint style, Centerline c, vec2 p, float s, float width) {
  bool dashed = style == STYLE_DASHED;
  // StrokeIsDashed: dots up to 3 device px wide are stroked as square dashes one width long.
  bool square = dashed || width <= 3.0;
  bool thin = width < 3.0;
  float dash = dashed ? width * (thin ? 3.0 : 2.0) : width;
  float gap = dashed ? width * (thin ? 2.0 : 1.0) : width;
  // Blink hands the dash fitting the path's length as an int.
  float fit_len = floor(c.length);
  if (square && fit_len <= 2.0 * dash) {
    return 1.0;
  }
  float n = floor(fit_len / (dash + gap));
  if (n < 1.0) {
    return 1.0;
  }
  if (dashed || !square) {
    float gap_fewer = (fit_len - n * dash) / n;
    float gap_more = (fit_len - (n + 1.0) * dash) / (n + 1.0);
    gap = (gap_more <= 0.0 || abs(gap_fewer - gap) < abs(gap_more - gap)) ? gap_fewer : gap_more;
  }
  if (square) {
    float period = dash + gap;
    float m = mod(s, period);
    return clamp(max(min(m, dash - m), m - period) + 0.5, 0.0, 1.0);
  }
  // Dots: round caps on zero-length dashes at s = k * step for every k * step short of the path's
  // end (SkDashPath emits the first one last, as a separate dot), each a circle one width across. A
  // pixel takes the union of its nearest dot and both neighbours, as the same color drawn twice.
  float step = dash + gap - DOT_EPSILON;
  float last = ceil(c.length / step) - 1.0;
  float k = floor(s / step + 0.5);
  float uncovered = 1.0;
  for (int i = -1; i <= 1; i++) {
    float j = k + float(i);
    j = j < 0.0 ? last : (j > last ? 0.0 : j);
    vec2 centre = centerline_point(c, j * step);
    uncovered *= 1.0 - coverage(distance(p, centre) - width * 0.5);
  }
  return 1.0 - uncovered;
}

// Whether side i (top, right, bottom, left) is stroked along the rounded path: when the inner edge
// is rounded at either of its ends (BoxBorderPainter::PaintSide, BorderWillArcInnerEdge); otherwise
// it is a straight line between the box's corners, clipped to the rounded outline.
bool side_on_path(int i, vec4 radii_x, vec4 radii_y, vec4 w) {
  vec4 inner_x = radii_x - w.wyyw;
  vec4 inner_y = radii_y - w.xxzz;
  bvec4 arcs = bvec4(inner_x.x > 0.0 || inner_y.x > 0.0, inner_x.y > 0.0 || inner_y.y > 0.0,
                     inner_x.z > 0.0 || inner_y.z > 0.0, inner_x.w > 0.0 || inner_y.w > 0.0);
  bvec4 square = bvec4(radii_x.x * radii_y.x == 0.0, radii_x.y * radii_y.y == 0.0,
                       radii_x.z * radii_y.z == 0.0, radii_x.w * radii_y.w == 0.0);
  int a = i;            // the corner where side i starts, clockwise
  int b = (i + 1) % 4;  // and where it ends
  return (arcs[a] && !square[a]) || (arcs[b] && !square[b]);
}

// Where the pixel lies along side i (top, right, bottom, left), measured clockwise from the side's
// start at the border box's corner, and the side's length.
vec2 side_along(int i) {
  if (i == 0) return vec2(v_local.x - v_bounds.x, v_bounds.z);
  if (i == 1) return vec2(v_local.y - v_bounds.y, v_bounds.w);
  if (i == 2) return vec2(v_bounds.x + v_bounds.z - v_local.x, v_bounds.z);
  return vec2(v_bounds.y + v_bounds.w - v_local.y, v_bounds.w);
}

void main() {
  vec2 h = v_bounds.zw * 0.5;
  vec2 p = v_local - (v_bounds.xy + h);
  vec2 s = v_axis_scale;
  float outer = box_coverage(p * s, h * s, corner_radius(p, v_radii, v_radii_y) * s);
  if (outer <= 0.0) {
    discard;
  }

  // Background and border are composed inside the shape and scaled by the outer coverage once, as
  // Chromium does for rounded boxes (its background bleed avoidance). A box without radii it paints
  // as two anti-aliased layers, background then border, so where its edges are not on the pixel
  // grid (under a transform) a fringe of the background shows through the border's coverage:
  // rect_bleed keeps that.
  bool rect_bleed = all(equal(v_radii * v_radii_y, vec4(0.0)));
  vec4 color = premultiply(v_background) * (rect_bleed ? outer : 1.0);
  vec4 w = v_widths;
  if (any(greaterThan(w, vec4(0.0)))) {
    vec2 inner_min = v_bounds.xy + w.wx;
    vec2 inner_max = v_bounds.xy + v_bounds.zw - w.yz;
    vec2 ih = max((inner_max - inner_min) * 0.5, vec2(0.0));
    vec2 pi = v_local - (inner_min + inner_max) * 0.5;
    vec2 side_widths = vec2(pi.x < 0.0 ? w.w : w.y, pi.y < 0.0 ? w.x : w.z);
    vec2 inner_r = max(corner_radius(pi, v_radii, v_radii_y) - side_widths, vec2(0.0));
    float inner = (ih.x > 0.0 && ih.y > 0.0) ? box_coverage(pi * s, ih * s, inner_r * s) : 0.0;
    // The border covers the ring between the two edges, outer - inner; as a share of the shape's
    // coverage (which scales everything below) that is 1 - inner / outer. Plain 1 - inner over-counts
    // where both edges fall in one pixel: along a zero-width side they coincide, and off the pixel
    // grid (under a transform, round a corner) it left the neighbouring side's color in their shared
    // anti-aliasing band as a hairline. The two agree wherever the edges are a pixel or more apart.
    float border = clamp(1.0 - inner / outer, 0.0, 1.0);
    if (border > 0.0) {
      // The side is the one the pixel is proportionally deepest in front of: this splits corners
      // along the line from the outer to the inner corner, as CSS's border joins do. Within half a
      // pixel of that line the two sides' colors are blended, as Skia antialiases the join.
      vec4 depth = vec4(v_local.y - v_bounds.y, v_bounds.x + v_bounds.z - v_local.x,
                        v_bounds.y + v_bounds.w - v_local.y, v_local.x - v_bounds.x);
      vec4 inv_w = vec4(w.x > 0.0 ? 1.0 / w.x : 0.0, w.y > 0.0 ? 1.0 / w.y : 0.0,
                        w.z > 0.0 ? 1.0 / w.z : 0.0, w.w > 0.0 ? 1.0 / w.w : 0.0);
      float t[4] = float[4](w.x > 0.0 ? depth.x * inv_w.x : 1e9, w.y > 0.0 ? depth.y * inv_w.y : 1e9,
                            w.z > 0.0 ? depth.z * inv_w.z : 1e9, w.w > 0.0 ? depth.w * inv_w.w : 1e9);
      // How t changes per local unit, per side (t grows inwards).
      vec2 dt[4] = vec2[4](vec2(0.0, inv_w.x), vec2(-inv_w.y, 0.0), vec2(0.0, -inv_w.z), vec2(inv_w.w, 0.0));
      vec4 colors[4] = vec4[4](unpack_color(v_border_colors.x), unpack_color(v_border_colors.y),
                               unpack_color(v_border_colors.z), unpack_color(v_border_colors.w));
      int first = 0;
      for (int i = 1; i < 4; i++) {
        if (t[i] < t[first]) first = i;
      }
      int second = first == 0 ? 1 : 0;
      for (int i = 0; i < 4; i++) {
        if (i != first && t[i] < t[second]) second = i;
      }
      // A pixel centred exactly on a rounded box's join: Blink clips each side to its polygon, without
      // anti-aliasing where the colors match (a hard miter), and Skia's aliased fill gives a pixel
      // centre on an edge to the polygon whose right edge it is: the left side's at the left corners,
      // the top's and the bottom's at the right ones (dash/radius_with_dashed_top_bottom_and_solid_sides).
      float join_distance = (t[second] - t[first]) / max(length(dt[first] - dt[second]), 1e-6);
      bool rounded = any(greaterThan(v_radii * v_radii_y, vec4(0.0)));
      if (rounded && join_distance * v_scale < 1e-3 && (first == 1 || second == 3)) {
        int swap = first;
        first = second;
        second = swap;
      }
      float f = clamp(0.5 + join_distance * v_scale, 0.5, 1.0);
      vec4 side_color = mix(premultiply(colors[second]), premultiply(colors[first]), f);

      vec2 along_len = side_along(first);
      float d = depth[first];
      float width = w[first];
      uint style = v_styles[first];
      bool on_path = rounded && style != STYLE_SOLID && side_on_path(first, v_radii, v_radii_y, w);
      // Where two dashed or dotted sides of one color meet on a square corner, Chromium draws each
      // side's line over its whole length without a miter (BoxBorderPainter::ComputeMiter: same color
      // and style need none), so the corner square shows the union of both sides' patterns: dashes fill
      // it, as the wider side's first dash covers it; dots overlap (the corner dot drawn twice, a wider
      // side's dot over the narrower side's row). Sides of different colors or styles are mitred along
      // the diagonal.
      bool same_corner = !rounded && style != STYLE_SOLID && v_styles[second] == style
          && (first + second) % 2 == 1 && v_border_colors[first] == v_border_colors[second]
          && depth[second] < w[second];
      float a;
      if (same_corner && style == STYLE_DASHED) {
        a = 1.0;
      } else if (on_path) {
        // In device px, where Blink strokes. The pattern of each side is its own (its width sets the
        // dash, gap and dot sizes); only the side the pixel's region belongs to is drawn.
        Centerline c = make_centerline(v_bounds * v_scale, v_radii * v_scale, v_radii_y * v_scale, w * v_scale);
        vec2 pd = v_local * v_scale;
        float s_path = centerline_position(c, pd);
        a = path_pattern(style, c, pd, s_path, width * v_scale);
        // Sides of different colors are clipped with anti-aliasing along their join (Blink's soft
        // miter): in that band the other side's own pattern shows, not this side's in its color.
        if (f < 1.0 && v_border_colors[first] != v_border_colors[second]) {
          uint other_style = v_styles[second];
          float other = 1.0;
          if (other_style != STYLE_SOLID && side_on_path(second, v_radii, v_radii_y, w)) {
            other = path_pattern(other_style, c, pd, s_path, w[second] * v_scale);
          } else if (other_style != STYLE_SOLID) {
            vec2 o = side_along(second);
            other = pattern(other_style, o.x, depth[second], o.y, w[second]);
          }
          side_color = mix(premultiply(colors[second]) * other, premultiply(colors[first]) * a, f);
          a = 1.0;
        }
      } else {
        a = pattern(style, along_len.x, d, along_len.y, width);
        if (same_corner) {
          vec2 other = side_along(second);
          a = 1.0 - (1.0 - a) * (1.0 - pattern(style, other.x, depth[second], other.y, w[second]));
        }
      }
      a *= border;
      a *= rect_bleed ? outer : 1.0;
      color = color * (1.0 - side_color.a * a) + side_color * a;
    }
  }
  o_color = color * ((rect_bleed ? 1.0 : outer) * clip_coverage());
}
