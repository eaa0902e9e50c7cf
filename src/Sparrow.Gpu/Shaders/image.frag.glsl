uniform sampler2D u_texture;

in vec2 v_uv;
flat in float v_opacity;
flat in uint v_flags;

// Scene.ImageFlags.RepeatX/Y: bilinear filtering with texel coordinates wrapped on a repeating axis
// (clamped on the other), so the seam between
// two tiles blends the image's opposite edges as a browser's repeating image shader does. Done by
// hand (four texelFetch) because the wrap mode is the texture's, and one texture may be drawn both
// tiled and not in the same frame.
vec2 wrap(vec2 texel, vec2 size, bvec2 repeat) {
  return vec2(repeat.x ? mod(texel.x, size.x) : clamp(texel.x, 0.0, size.x - 1.0),
              repeat.y ? mod(texel.y, size.y) : clamp(texel.y, 0.0, size.y - 1.0));
}

vec4 sample_repeating(vec2 uv, bvec2 repeat) {
  vec2 size = vec2(textureSize(u_texture, 0));
  vec2 p = uv * size - 0.5;
  vec2 f = fract(p);
  vec2 i0 = wrap(floor(p), size, repeat);
  vec2 i1 = wrap(floor(p) + 1.0, size, repeat);
  vec4 a = texelFetch(u_texture, ivec2(i0.x, i0.y), 0);
  vec4 b = texelFetch(u_texture, ivec2(i1.x, i0.y), 0);
  vec4 c = texelFetch(u_texture, ivec2(i0.x, i1.y), 0);
  vec4 d = texelFetch(u_texture, ivec2(i1.x, i1.y), 0);
  return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

void main() {
  bvec2 repeat = bvec2((v_flags & 1u) != 0u, (v_flags & 2u) != 0u);
  vec4 texel = any(repeat) ? sample_repeating(v_uv, repeat) : texture(u_texture, v_uv);
  o_color = texel * v_opacity * clip_coverage();
}
