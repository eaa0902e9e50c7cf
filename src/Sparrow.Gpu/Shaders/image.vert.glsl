// Image sprite: a premultiplied RGBA texture. Attributes mirror Scene.ImageSprite.
in vec4 a_bounds;
in vec4 a_uv;
in float a_opacity;
in uint a_flags;
// The sprite's texture among its batch's (GlesRenderer.Batches.cs writes it into the texture field).
in uint a_texture_slot;

out vec2 v_uv;
flat out float v_opacity;
flat out uint v_flags;
flat out uint v_slot;

void main() {
  vec2 corner = unit_corner();
  v_uv = a_uv.xy + corner * a_uv.zw;
  v_opacity = a_opacity;
  v_flags = a_flags;
  v_slot = a_texture_slot;
  gl_Position = place(a_bounds.xy + corner * a_bounds.zw);
}
