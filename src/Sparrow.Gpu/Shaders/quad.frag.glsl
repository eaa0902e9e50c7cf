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

// Skia measures a rounded rectangle's corners (conics of weight sqrt(1/2)) as chords: a piece is
// halved in its parameter while the curve's midpoint lies more than half a device pixel (on the larger
// axis) off the chord's midpoint (SkContourMeasure, conic_too_curvy), and Blink fits the dashes to the
// sum, which is shorter than the arc (by 0.09 px for a 36 px radius). The unit quarter circle from
// (1, 0) to (0, 1) at parameter t:
vec2 quarter_conic(float t) {
  float a = (1.0 - t) * (1.0 - t);
  float b = 1.41421356 * t * (1.0 - t);
  float c = t * t;
  return vec2(a + b, b + c) / (a + b + c);
}

// Walks those chords of a quarter circle of radius r (device px) in order, an in-order traversal of
// the halving without recursion. Returns x: the measured length of the quarter; y: the length measured
// up to the angle `phi` from its start (when phi >= 0); z: the angle at which the measured length
// reaches `at` (when at >= 0). Within a chord, length and angle are taken as proportional. The walk
// stops after 128 steps, enough for radii up to about 2000 device px.
vec3 quarter_measure(float r, float phi, float at) {
  vec3 result = vec3(0.0, 0.0, 1.57079633);
  if (r <= 0.0) {
    return vec3(0.0);
  }
  bool locate = phi >= 0.0 || at >= 0.0;
  float t0 = 0.0;
  vec2 p0 = vec2(r, 0.0);
  int depth = 0;
  for (int i = 0; i < 128; i++) {
    float dt = exp2(-float(depth));
    vec2 p1 = quarter_conic(t0 + dt) * r;
    vec2 off = abs(quarter_conic(t0 + 0.5 * dt) * r - 0.5 * (p0 + p1));
    if (depth < 10 && max(off.x, off.y) > 0.5) {
      depth++;
      continue;
    }
    float l = distance(p0, p1);
    if (locate) {
      float a0 = atan(p0.y, p0.x);
      float a1 = atan(p1.y, p1.x);
      if (phi >= a0 && phi <= a1) {
        result.y = result.x + l * (phi - a0) / max(a1 - a0, 1e-6);
      }
      if (at >= result.x && at <= result.x + l) {
        result.z = a0 + (a1 - a0) * (at - result.x) / max(l, 1e-6);
      }
    }
    result.x += l;
    t0 += dt;
    p0 = p1;
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

// The point at arc length s (device px, as Skia measures it) along the closed centerline: `cl` its
// rectangle, `rc` its corner radii, `arc` their measured lengths (each top-left, top-right,
// bottom-right, bottom-left).
vec2 centerline_point(float s, vec4 cl, vec4 rc, vec4 arc) {
  float right = cl.x + cl.z;
  float bottom = cl.y + cl.w;
  float top_len = cl.z - rc.x - rc.y;
  if (s <= top_len) return vec2(cl.x + rc.x + s, cl.y);
  s -= top_len;
  if (s <= arc.y) {
    float a = quarter_measure(rc.y, -1.0, s).z;
    return vec2(right - rc.y, cl.y + rc.y) + rc.y * vec2(sin(a), -cos(a));
  }
  s -= arc.y;
  float right_len = cl.w - rc.y - rc.z;
  if (s <= right_len) return vec2(right, cl.y + rc.y + s);
  s -= right_len;
  if (s <= arc.z) {
    float a = quarter_measure(rc.z, -1.0, s).z;
    return vec2(right - rc.z, bottom - rc.z) + rc.z * vec2(cos(a), sin(a));
  }
  s -= arc.z;
  float bottom_len = cl.z - rc.z - rc.w;
  if (s <= bottom_len) return vec2(right - rc.z - s, bottom);
  s -= bottom_len;
  if (s <= arc.w) {
    float a = quarter_measure(rc.w, -1.0, s).z;
    return vec2(cl.x + rc.w, bottom - rc.w) + rc.w * vec2(-sin(a), cos(a));
  }
  s -= arc.w;
  float left_len = cl.w - rc.w - rc.x;
  if (s <= left_len) return vec2(cl.x, bottom - rc.w - s);
  s -= left_len;
  float a = quarter_measure(rc.x, -1.0, s).z;
  return vec2(cl.x + rc.x, cl.y + rc.x) + rc.x * vec2(-cos(a), -sin(a));
}

// Dash (or dot) coverage on a rounded border of uniform width. Chromium strokes the whole centerline
// (the border box inset by half the width, radii reduced by as much) as one closed path
// (BoxBorderPainter::DrawDashedDottedBoxSideFromPath), starting where the top edge leaves the top-left
// corner and going clockwise, with the gap fitted so a whole number of dashes and gaps fill the
// path's measured length cut to whole pixels (SelectBestDashGap for closed paths); the dash pattern
// then runs along the measured length. Everything here is in device pixels, where Blink strokes.
float rounded_pattern(uint style, float width) {
  float scale = v_scale;
  width *= scale;
  vec4 cl = vec4(v_bounds.xy * scale + 0.5 * width, v_bounds.zw * scale - width);
  vec4 rc = max(v_radii * scale - 0.5 * width, vec4(0.0));
  float left = cl.x, top = cl.y, right = cl.x + cl.z, bottom = cl.y + cl.w;
  float quarter = 1.57079633;
  vec4 arc;
  arc.x = quarter_measure(rc.x, -1.0, -1.0).x;
  arc.y = rc.y == rc.x ? arc.x : quarter_measure(rc.y, -1.0, -1.0).x;
  arc.z = rc.z == rc.x ? arc.x : quarter_measure(rc.z, -1.0, -1.0).x;
  arc.w = rc.w == rc.x ? arc.x : quarter_measure(rc.w, -1.0, -1.0).x;
  float top_len = cl.z - rc.x - rc.y;
  float right_len = cl.w - rc.y - rc.z;
  float bottom_len = cl.z - rc.z - rc.w;
  float left_len = cl.w - rc.w - rc.x;
  // Where each of the eight pieces starts along the path.
  float s_tr = top_len;
  float s_right = s_tr + arc.y;
  float s_br = s_right + right_len;
  float s_bottom = s_br + arc.z;
  float s_bl = s_bottom + bottom_len;
  float s_left = s_bl + arc.w;
  float s_tl = s_left + left_len;
  float perimeter = s_tl + arc.x;

  vec2 p = v_local * scale;
  float s;
  if (rc.y > 0.0 && p.x > right - rc.y && p.y < top + rc.y) {
    vec2 c = vec2(right - rc.y, top + rc.y);
    s = s_tr + quarter_measure(rc.y, clamp(atan(p.y - c.y, p.x - c.x) + quarter, 0.0, quarter), -1.0).y;
  } else if (rc.z > 0.0 && p.x > right - rc.z && p.y > bottom - rc.z) {
    vec2 c = vec2(right - rc.z, bottom - rc.z);
    s = s_br + quarter_measure(rc.z, clamp(atan(p.y - c.y, p.x - c.x), 0.0, quarter), -1.0).y;
  } else if (rc.w > 0.0 && p.x < left + rc.w && p.y > bottom - rc.w) {
    vec2 c = vec2(left + rc.w, bottom - rc.w);
    s = s_bl + quarter_measure(rc.w, clamp(atan(p.y - c.y, p.x - c.x) - quarter, 0.0, quarter), -1.0).y;
  } else if (rc.x > 0.0 && p.x < left + rc.x && p.y < top + rc.x) {
    vec2 c = vec2(left + rc.x, top + rc.x);
    s = s_tl + quarter_measure(rc.x, clamp(atan(p.y - c.y, p.x - c.x) + 2.0 * quarter, 0.0, quarter), -1.0).y;
  } else {
    // A straight piece: the nearest edge of the centerline rectangle.
    vec4 d = vec4(p.y - top, right - p.x, bottom - p.y, p.x - left);
    float m = min(min(d.x, d.y), min(d.z, d.w));
    if (m == d.x) {
      s = p.x - (left + rc.x);
    } else if (m == d.y) {
      s = s_right + p.y - (top + rc.y);
    } else if (m == d.z) {
      s = s_bottom + (right - rc.z) - p.x;
    } else {
      s = s_left + (bottom - rc.w) - p.y;
    }
  }

  bool dashed = style == STYLE_DASHED;
  bool thin = width < 3.0;
  float dash = dashed ? width * (thin ? 3.0 : 2.0) : width;
  float gap = dashed ? width * (thin ? 2.0 : 1.0) : width;
  // Blink hands the dash fitting the path's length as an int.
  float fit_len = floor(perimeter);
  float n = floor(fit_len / (dash + gap));
  if (n < 1.0) {
    return 1.0;
  }
  float gap_fewer = (fit_len - n * dash) / n;
  float gap_more = (fit_len - (n + 1.0) * dash) / (n + 1.0);
  gap = (gap_more <= 0.0 || abs(gap_fewer - gap) < abs(gap_more - gap)) ? gap_fewer : gap_more;
  if (dashed) {
    float period = dash + gap;
    float m = mod(s, period);
    return clamp(max(min(m, dash - m), m - period) + 0.5, 0.0, 1.0);
  }
  // Dots: round caps on zero-length dashes at s = k * step for every k * step short of the path's
  // end (SkDashPath emits the first one last, as a separate dot), each a circle one width across. A
  // pixel takes the union of its nearest dot and both neighbours, as the same color drawn twice.
  float step = dash + gap - DOT_EPSILON;
  float last = ceil(perimeter / step) - 1.0;
  float k = floor(s / step + 0.5);
  float uncovered = 1.0;
  for (int i = -1; i <= 1; i++) {
    float j = k + float(i);
    j = j < 0.0 ? last : (j > last ? 0.0 : j);
    vec2 centre = centerline_point(j * step, cl, rc, arc);
    uncovered *= 1.0 - coverage(distance(p, centre) - width * 0.5);
  }
  return 1.0 - uncovered;
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
      float join_distance = (t[second] - t[first]) / max(length(dt[first] - dt[second]), 1e-6);
      float f = clamp(0.5 + join_distance * v_scale, 0.5, 1.0);
      vec4 side_color = mix(premultiply(colors[second]), premultiply(colors[first]), f);

      vec2 along_len = side_along(first);
      float d = depth[first];
      float width = w[first];
      uint style = v_styles[first];
      bool uniform_width = w.x == w.y && w.y == w.z && w.z == w.w;
      // Along elliptical corners the pattern follows the straight sides' rule (rounded_pattern walks circular arcs).
      bool rounded = any(greaterThan(v_radii, vec4(0.0))) && v_radii == v_radii_y;
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
      } else if (style != STYLE_SOLID && uniform_width && rounded) {
        a = rounded_pattern(style, width);
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
