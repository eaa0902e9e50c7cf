// The layer texture was drawn with the same viewport mapping, so texel = fragment.
uniform sampler2D u_texture;
uniform float u_opacity;

// Scene.LayerMask: a rounded rectangle in its own space, reached from target pixels through a 2x3
// matrix (rows as System.Numerics.Matrix3x2: local = x * M1 + y * M2 + M3); u_mask_on 0 for none.
uniform int u_mask_on;
uniform vec4 u_mask_rect;
uniform vec4 u_mask_radii;
uniform vec4 u_mask_radii_y;
uniform vec2 u_mask_x;
uniform vec2 u_mask_y;
uniform vec2 u_mask_t;

float mask_coverage() {
  if (u_mask_on == 0) {
    return 1.0;
  }
  vec2 local = u_mask_x * v_device.x + u_mask_y * v_device.y + u_mask_t;
  vec2 h = u_mask_rect.zw * 0.5;
  vec2 p = local - (u_mask_rect.xy + h);
  float f = fit_factor(u_mask_radii, u_mask_radii_y, u_mask_rect.zw);
  // Target pixels per local unit, so the edge ramps over one target pixel.
  float scale = inversesqrt(abs(u_mask_x.x * u_mask_y.y - u_mask_x.y * u_mask_y.x));
  return coverage(sd_rounded_box(p, h, corner_radius(p, u_mask_radii * f, u_mask_radii_y * f)) * scale);
}

void main() {
  o_color = texelFetch(u_texture, ivec2(gl_FragCoord.xy), 0) * u_opacity * mask_coverage();
}
