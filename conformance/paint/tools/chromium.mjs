// What generate.mjs and raster-spread.mjs share about driving the machine's /usr/bin/chromium:
// the flags of its two raster paths and the proof, read from chrome://gpu, of which one runs.
//
// Software: Skia's CPU rasteriser (headless with --disable-gpu), what references/ holds.
// GPU: Skia Ganesh over GL (ANGLE on SwiftShader's Vulkan, the only GPU this machine has), the
// path a phone's WebView takes; what references-gpu/ holds. The blocklist is ignored (it blocks
// software GPUs) and SwiftShader is allowed outside WebGL.

/** Flags both raster paths take: a fresh, quiet browser at a real (not emulated) device scale factor. */
export function commonFlags(devicePixelRatio) {
  return ['--headless', '--no-sandbox', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
    `--force-device-scale-factor=${devicePixelRatio}`];
}

/** The software raster path's own flag. */
export const softwareFlags = ['--disable-gpu'];

/** The GPU raster path's flags; with vulkan, Ganesh draws over SwiftShader's Vulkan instead of GL. */
export function gpuFlags({ vulkan = false } = {}) {
  return ['--enable-gpu-rasterization', '--ignore-gpu-blocklist', '--use-gl=angle',
    '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ...(vulkan ? ['--enable-features=Vulkan', '--use-vulkan=swiftshader'] : [])];
}

/** Reads chrome://gpu's text (its content sits in shadow roots) to prove which raster path runs. */
export async function gpuStatus(page) {
  await page.goto('chrome://gpu');
  let text = '';
  for (let tries = 0; tries < 20 && !/Skia Backend/.test(text); tries++) {
    await new Promise((r) => setTimeout(r, 250));
    text = await page.evaluate(() => {
      const walk = (n) => {
        let out = n.shadowRoot ? walk(n.shadowRoot) : '';
        for (const c of n.childNodes) {
          if (c.nodeType === Node.TEXT_NODE) out += c.textContent;
          else if (c.nodeType === Node.ELEMENT_NODE) out += walk(c) + (c.tagName === 'SPAN' ? ' ' : '\n');
        }
        return out;
      };
      return walk(document.documentElement);
    });
  }
  const field = (re) => (text.match(re)?.[1] ?? '').trim();
  return {
    rasterization: field(/Rasterization:\s*([^\n*]+)/),
    skiaBackend: field(/Skia Backend\s*:\s*([^\n]+)/),
    glRenderer: field(/GL_RENDERER\s*:\s*([^\n]+)/),
  };
}

/** True when chrome://gpu says pages are rasterised on the GPU by Skia's Ganesh or Graphite. */
export function isGpuRaster(status) {
  return /^Hardware accelerated/.test(status.rasterization ?? '') && /^Ganesh|^Graphite/.test(status.skiaBackend ?? '');
}

/** Stops unless chrome://gpu confirms GPU rasterisation, so no GPU data is ever a software run. */
export async function requireGpuRaster(page) {
  const status = await gpuStatus(page);
  if (!isGpuRaster(status)) throw new Error(`chrome://gpu does not report GPU rasterisation: ${JSON.stringify(status)}`);
  return status;
}
