// Shared by the fragment shaders: the rounded clip mask and the output.

in vec2 v_device;
flat in vec4 v_clip_bounds;
flat in vec4 v_clip_radii;
flat in vec4 v_clip_radii_y;
flat in float v_scale;

out vec4 o_color;

// Coverage from a signed distance in the primitive's local units.
float local_coverage(float d) {
  return coverage(d * v_scale);
}

// The rounded clip the builder chose for this instance, as an SDF mask in target pixels (rectangular
// clips are scissors).
float clip_coverage() {
  vec2 h = v_clip_bounds.zw * 0.5;
  vec2 p = v_device - (v_clip_bounds.xy + h);
  return coverage(sd_rounded_box(p, h, vec2(corner_radius(p, v_clip_radii, v_clip_radii_y))));
}
