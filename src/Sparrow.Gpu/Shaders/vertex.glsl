// Shared by the instanced vertex shaders: every primitive is a unit quad (a 4-vertex triangle strip
// numbered by gl_VertexID, no vertex buffer) placed by per-instance attributes. The transform and
// clip attributes come last in every instance struct (see Scene's *.cs and InstanceLayouts.cs).

uniform vec2 u_viewport;

in vec2 a_transform_x;
in vec2 a_transform_y;
in vec2 a_transform_t;
in vec4 a_clip_bounds;
in vec4 a_clip_radii_x;
in vec4 a_clip_radii_y;

out vec2 v_device;
flat out vec4 v_clip_bounds;
flat out vec4 v_clip_radii;
flat out vec4 v_clip_radii_y;
flat out float v_scale;

vec2 unit_corner() {
  return vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
}

// Target pixels per local unit across each local axis: how far apart the lines x = 0 and x = 1 (and
// y = 0 and y = 1) of the local space land in the target. Under a uniform scale or a rotation both
// equal v_scale; under scale(a, b) they are (|a|, |b|), where v_scale (the square root of |a b|)
// would ramp the edges of one axis over more than a pixel and those of the other over less.
vec2 axis_scale() {
  float det = abs(a_transform_x.x * a_transform_y.y - a_transform_x.y * a_transform_y.x);
  return vec2(det / max(length(a_transform_y), 1e-6), det / max(length(a_transform_x), 1e-6));
}

vec4 device_to_clip(vec2 device) {
  return vec4(device.x / u_viewport.x * 2.0 - 1.0, 1.0 - device.y / u_viewport.y * 2.0, 0.0, 1.0);
}

// Maps a local point to the target through the instance's 2x3 matrix (System.Numerics.Matrix3x2:
// row vectors, so x' = M11 x + M21 y + M31), passes the clip on, and returns gl_Position.
vec4 place(vec2 local) {
  v_device = a_transform_x * local.x + a_transform_y * local.y + a_transform_t;
  v_clip_bounds = a_clip_bounds;
  float f = fit_factor(a_clip_radii_x, a_clip_radii_y, a_clip_bounds.zw);
  v_clip_radii = a_clip_radii_x * f;
  v_clip_radii_y = a_clip_radii_y * f;
  // Local units per target pixel (the square root of the area scale), so SDF ramps stay one
  // target pixel wide under scaling.
  v_scale = sqrt(abs(a_transform_x.x * a_transform_y.y - a_transform_x.y * a_transform_y.x));
  return device_to_clip(v_device);
}
