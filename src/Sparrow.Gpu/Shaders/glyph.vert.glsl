// Glyph sprite: a tile of an R8 coverage atlas. Attributes mirror Scene.GlyphSprite.
in vec4 a_bounds;
in vec4 a_atlas_rect;
in vec4 a_color;
// The sprite's texture among its batch's (GlesRenderer.Batches.cs writes it into the texture field).
in uint a_texture_slot;

out vec2 v_texel;
flat out vec4 v_color;
flat out uint v_slot;

void main() {
  vec2 corner = unit_corner();
  v_texel = a_atlas_rect.xy + corner * a_atlas_rect.zw;
  v_color = premultiply(a_color);
  v_slot = a_texture_slot;
  gl_Position = place(a_bounds.xy + corner * a_bounds.zw);
}
