// Tests of the raster-path proof the GPU reference run depends on:  cd conformance/paint/tools && node --test
import test from 'node:test';
import assert from 'node:assert/strict';
import { commonFlags, gpuFlags, isGpuRaster, softwareFlags } from './chromium.mjs';

test('GPU rasterisation is confirmed only by a hardware-accelerated Ganesh or Graphite backend', () => {
  assert.equal(isGpuRaster({ rasterization: 'Hardware accelerated on all pages', skiaBackend: 'GaneshGL', glRenderer: 'ANGLE (SwiftShader)' }), true);
  assert.equal(isGpuRaster({ rasterization: 'Hardware accelerated', skiaBackend: 'GraphiteDawnVulkan' }), true);
  assert.equal(isGpuRaster({ rasterization: 'Software only. Hardware acceleration disabled', skiaBackend: 'None' }), false);
  assert.equal(isGpuRaster({ rasterization: 'Hardware accelerated on all pages', skiaBackend: '' }), false);
  assert.equal(isGpuRaster({ rasterization: '', skiaBackend: 'GaneshGL' }), false);
  assert.equal(isGpuRaster({}), false);
});

test('the two raster paths share every flag but their own', () => {
  const common = commonFlags(2);
  assert.ok(common.includes('--force-device-scale-factor=2'));
  assert.ok(!common.some((f) => /gpu/.test(f)), 'common flags must not choose a raster path');
  assert.deepEqual(softwareFlags, ['--disable-gpu']);
  assert.ok(gpuFlags().includes('--enable-gpu-rasterization'));
  assert.ok(!gpuFlags().includes('--disable-gpu'));
  assert.ok(gpuFlags({ vulkan: true }).includes('--use-vulkan=swiftshader'));
  assert.ok(!gpuFlags().some((f) => /vulkan/i.test(f)));
});
