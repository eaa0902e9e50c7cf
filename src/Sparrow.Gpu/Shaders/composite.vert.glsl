// Composites an opacity layer: one quad over the whole target (the scissor limits it to the layer).
void main() {
  v_device = unit_corner() * u_viewport;
  v_clip_bounds = vec4(-4194304.0, -4194304.0, 8388608.0, 8388608.0);
  v_clip_radii = vec4(0.0);
  v_clip_radii_y = vec4(0.0);
  v_scale = 1.0;
  gl_Position = device_to_clip(v_device);
}
