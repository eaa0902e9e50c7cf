// A batch binds up to 8 atlas pages, unit i to u_textures[i]; v_slot picks this glyph's. GLSL ES 3.00
// indexes sampler arrays only with constants, hence the switch. One level, linear filtering both ways:
// textureLod at 0 samples as texture() would, without derivatives under the switch.
uniform sampler2D u_textures[8];

in vec2 v_texel;
flat in vec4 v_color;
flat in uint v_slot;

float page_coverage(sampler2D page) {
  return textureLod(page, v_texel / vec2(textureSize(page, 0)), 0.0).r;
}

void main() {
  float a;
  switch (v_slot) {
    case 0u: a = page_coverage(u_textures[0]); break;
    case 1u: a = page_coverage(u_textures[1]); break;
    case 2u: a = page_coverage(u_textures[2]); break;
    case 3u: a = page_coverage(u_textures[3]); break;
    case 4u: a = page_coverage(u_textures[4]); break;
    case 5u: a = page_coverage(u_textures[5]); break;
    case 6u: a = page_coverage(u_textures[6]); break;
    default: a = page_coverage(u_textures[7]); break;
  }
  o_color = v_color * a * clip_coverage();
}
