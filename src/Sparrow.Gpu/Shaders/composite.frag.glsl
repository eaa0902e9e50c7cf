// The layer texture was drawn with the same viewport mapping, so texel = fragment.
uniform sampler2D u_texture;
uniform float u_opacity;

void main() {
  o_color = texelFetch(u_texture, ivec2(gl_FragCoord.xy), 0) * u_opacity;
}
