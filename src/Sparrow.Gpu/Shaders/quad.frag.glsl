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

// Coverage of the border pattern at `along` (from the side's start) and `depth` (from its outer edge).
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
  float m = mod(along, period);
  // Dash ends ramp over one device pixel (distance times v_scale), as Skia's anti-aliased rects.
  if (dashed) {
    return clamp(max(min(m, dash - m), m - period) * v_scale + 0.5, 0.0, 1.0);
  }
  float c = m < dash + gap * 0.5 ? dash * 0.5 : period + dash * 0.5;
  vec2 q = vec2(m - c, depth - width * 0.5);
  return local_coverage(length(q) - width * 0.5);
}

// Dash (or dot) coverage on a rounded border of uniform width. Chromium strokes the whole centerline
// (the border box inset by half the width, radii reduced by as much) as one closed path, starting
// where the top edge leaves the top-left corner and going clockwise, with the gap fitted so a whole
// number of dashes and gaps fill the perimeter (SelectBestDashGap for closed paths); each side then
// keeps its part. `s` is the arc length of the pixel's projection on that path.
float rounded_pattern(uint style, float width) {
  vec4 cl = vec4(v_bounds.xy + 0.5 * width, v_bounds.zw - width);
  vec4 rc = max(v_radii - 0.5 * width, vec4(0.0));
  float left = cl.x, top = cl.y, right = cl.x + cl.z, bottom = cl.y + cl.w;
  float quarter = 1.57079633;
  float top_len = cl.z - rc.x - rc.y;
  float right_len = cl.w - rc.y - rc.z;
  float bottom_len = cl.z - rc.z - rc.w;
  float left_len = cl.w - rc.w - rc.x;
  // Where each of the eight pieces starts along the path.
  float s_tr = top_len;
  float s_right = s_tr + quarter * rc.y;
  float s_br = s_right + right_len;
  float s_bottom = s_br + quarter * rc.z;
  float s_bl = s_bottom + bottom_len;
  float s_left = s_bl + quarter * rc.w;
  float s_tl = s_left + left_len;
  float perimeter = s_tl + quarter * rc.x;

  vec2 p = v_local;
  float s;
  float off; // signed distance from the centerline, positive outwards
  if (rc.y > 0.0 && p.x > right - rc.y && p.y < top + rc.y) {
    vec2 c = vec2(right - rc.y, top + rc.y);
    s = s_tr + (atan(p.y - c.y, p.x - c.x) + quarter) * rc.y;
    off = length(p - c) - rc.y;
  } else if (rc.z > 0.0 && p.x > right - rc.z && p.y > bottom - rc.z) {
    vec2 c = vec2(right - rc.z, bottom - rc.z);
    s = s_br + atan(p.y - c.y, p.x - c.x) * rc.z;
    off = length(p - c) - rc.z;
  } else if (rc.w > 0.0 && p.x < left + rc.w && p.y > bottom - rc.w) {
    vec2 c = vec2(left + rc.w, bottom - rc.w);
    s = s_bl + (atan(p.y - c.y, p.x - c.x) - quarter) * rc.w;
    off = length(p - c) - rc.w;
  } else if (rc.x > 0.0 && p.x < left + rc.x && p.y < top + rc.x) {
    vec2 c = vec2(left + rc.x, top + rc.x);
    float a = atan(p.y - c.y, p.x - c.x);
    s = s_tl + (a + 2.0 * quarter) * rc.x;
    off = length(p - c) - rc.x;
  } else {
    // A straight piece: the nearest edge of the centerline rectangle.
    vec4 d = vec4(p.y - top, right - p.x, bottom - p.y, p.x - left);
    float m = min(min(d.x, d.y), min(d.z, d.w));
    if (m == d.x) {
      s = p.x - (left + rc.x); off = -d.x;
    } else if (m == d.y) {
      s = s_right + p.y - (top + rc.y); off = -d.y;
    } else if (m == d.z) {
      s = s_bottom + (right - rc.z) - p.x; off = -d.z;
    } else {
      s = s_left + (bottom - rc.w) - p.y; off = -d.w;
    }
  }

  bool dashed = style == STYLE_DASHED;
  bool thin = width * v_scale < 3.0;
  float dash = dashed ? width * (thin ? 3.0 : 2.0) : width;
  float gap = dashed ? width * (thin ? 2.0 : 1.0) : width;
  float n = floor(perimeter / (dash + gap));
  if (n < 1.0) {
    return 1.0;
  }
  float gap_fewer = (perimeter - n * dash) / n;
  float gap_more = (perimeter - (n + 1.0) * dash) / (n + 1.0);
  gap = (gap_more <= 0.0 || abs(gap_fewer - gap) < abs(gap_more - gap)) ? gap_fewer : gap_more;
  float period = dash + gap;
  float m = mod(s, period);
  if (dashed) {
    return clamp(max(min(m, dash - m), m - period) * v_scale + 0.5, 0.0, 1.0);
  }
  // Chromium strokes dots as zero-length dashes with round caps: centred on the period boundaries.
  float c = m < period * 0.5 ? 0.0 : period;
  return local_coverage(length(vec2(m - c, off)) - width * 0.5);
}

void main() {
  vec2 h = v_bounds.zw * 0.5;
  vec2 p = v_local - (v_bounds.xy + h);
  float outer = local_coverage(sd_rounded_box(p, h, corner_radius(p, v_radii, v_radii_y)));
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
    float inner = (ih.x > 0.0 && ih.y > 0.0) ? local_coverage(sd_rounded_box(pi, ih, inner_r)) : 0.0;
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

      float along;
      float len;
      if (first == 0) {
        along = v_local.x - v_bounds.x; len = v_bounds.z;
      } else if (first == 1) {
        along = v_local.y - v_bounds.y; len = v_bounds.w;
      } else if (first == 2) {
        along = v_bounds.x + v_bounds.z - v_local.x; len = v_bounds.z;
      } else {
        along = v_bounds.y + v_bounds.w - v_local.y; len = v_bounds.w;
      }
      float d = depth[first];
      float width = w[first];
      uint style = v_styles[first];
      bool uniform_width = w.x == w.y && w.y == w.z && w.z == w.w;
      // Along elliptical corners the pattern follows the straight sides' rule (rounded_pattern walks circular arcs).
      bool rounded = any(greaterThan(v_radii, vec4(0.0))) && v_radii == v_radii_y;
      // Where two dashed sides of one color meet on a square corner, Chromium draws each side's line
      // over its whole length without a miter (BoxBorderPainter::ComputeMiter: same color and style need
      // none), so the corner square is the union of both sides' first dashes: filled, as the wider
      // side's dash covers it. Sides of different colors or styles are mitred along the diagonal.
      bool corner_union = !rounded && style == STYLE_DASHED && v_styles[second] == STYLE_DASHED
          && (first + second) % 2 == 1 && v_border_colors[first] == v_border_colors[second]
          && depth[second] < w[second];
      float a = border * (corner_union ? 1.0
          : style != STYLE_SOLID && uniform_width && rounded
          ? rounded_pattern(style, width)
          : pattern(style, along, d, len, width));
      a *= rect_bleed ? outer : 1.0;
      color = color * (1.0 - side_color.a * a) + side_color * a;
    }
  }
  o_color = color * ((rect_bleed ? 1.0 : outer) * clip_coverage());
}
