uniform sampler2D u_texture;

in vec2 v_uv;
flat in float v_opacity;

void main() {
  o_color = texture(u_texture, v_uv) * v_opacity * clip_coverage();
}
