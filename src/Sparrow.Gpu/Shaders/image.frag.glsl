// A batch binds up to 8 textures, unit i to u_textures[i]; v_slot picks this sprite's. GLSL ES 3.00
// indexes sampler arrays only with constants, hence the switch in main. One level; the filtering is
// done by hand with texelFetch (below), which needs no derivatives under the switch.
uniform sampler2D u_textures[8];

in vec2 v_uv;
flat in float v_opacity;
flat in uint v_flags;
flat in uint v_slot;

// Bilinear filtering by hand (four texelFetch), for every image sprite:
// - Scene.ImageFlags.RepeatX/Y wrap the texel coordinates on a repeating axis (clamped on the
//   other), so the seam between two tiles blends the image's opposite edges as a browser's
//   repeating image shader does; the wrap mode cannot be the texture's, since one texture may be
//   drawn both tiled and not in the same frame.
// - The weights are whole sixteenths, as Skia's raster pipeline filters an image (Chromium draws
//   WeChat's WebView in software here): a magnified texel edge ramps in steps of 5/16, 10/16, 15/16
//   at 3x, not 1/3, 2/3, 1 (measured on conformance/paint background_image_size_px_and_percent:
//   the reference's ramps are 0.311, 0.623, 0.934 of the contrast; the last, 15/16 where an exact
//   sample would give the next texel whole, is Skia's coordinate landing a hair before the texel
//   centre, which is not reproduced: nudging every sample breaks the exact quarters of 2x).
vec2 wrap(vec2 texel, vec2 size, bvec2 repeat) {
  return vec2(repeat.x ? mod(texel.x, size.x) : clamp(texel.x, 0.0, size.x - 1.0),
              repeat.y ? mod(texel.y, size.y) : clamp(texel.y, 0.0, size.y - 1.0));
}

vec4 sample_bilinear(sampler2D tex, vec2 uv, bvec2 repeat) {
  vec2 size = vec2(textureSize(tex, 0));
  vec2 p = uv * size - 0.5;
  // 1/64 of a step up: an exact fraction (2x: quarters) interpolated a hair low keeps its step.
  vec2 f = floor(fract(p) * 16.0 + 1.0 / 64.0) / 16.0;
  vec2 i0 = wrap(floor(p), size, repeat);
  vec2 i1 = wrap(floor(p) + 1.0, size, repeat);
  vec4 a = texelFetch(tex, ivec2(i0.x, i0.y), 0);
  vec4 b = texelFetch(tex, ivec2(i1.x, i0.y), 0);
  vec4 c = texelFetch(tex, ivec2(i0.x, i1.y), 0);
  vec4 d = texelFetch(tex, ivec2(i1.x, i1.y), 0);
  return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

void main() {
  bvec2 repeat = bvec2((v_flags & 1u) != 0u, (v_flags & 2u) != 0u);
  vec4 texel;
  switch (v_slot) {
    case 0u: texel = sample_bilinear(u_textures[0], v_uv, repeat); break;
    case 1u: texel = sample_bilinear(u_textures[1], v_uv, repeat); break;
    case 2u: texel = sample_bilinear(u_textures[2], v_uv, repeat); break;
    case 3u: texel = sample_bilinear(u_textures[3], v_uv, repeat); break;
    case 4u: texel = sample_bilinear(u_textures[4], v_uv, repeat); break;
    case 5u: texel = sample_bilinear(u_textures[5], v_uv, repeat); break;
    case 6u: texel = sample_bilinear(u_textures[6], v_uv, repeat); break;
    default: texel = sample_bilinear(u_textures[7], v_uv, repeat); break;
  }

  o_color = texel * v_opacity * clip_coverage();
}
