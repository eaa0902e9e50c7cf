uniform sampler2D u_texture;

in vec2 v_texel;
flat in vec4 v_color;

void main() {
  float a = texture(u_texture, v_texel / vec2(textureSize(u_texture, 0))).r;
  o_color = v_color * a * clip_coverage();
}
