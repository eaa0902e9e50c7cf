// wx APIs about the device, window and app that need no screen: the values come from the host's
// options (window size, pixel ratio, platform), so headless runs are reproducible.
'use strict';

// The screen less the status bar and the insets the host set (notch, home indicator).
function safeArea(w) {
  const i = w.safeAreaInsets || { top: 0, right: 0, bottom: 0, left: 0 };
  const top = Math.max(w.statusBarHeight, i.top);
  const left = i.left;
  const right = w.screenWidth - i.right;
  const bottom = w.screenHeight - i.bottom;
  return { left, right, top, bottom, width: right - left, height: bottom - top };
}

function windowInfo(w) {
  return {
    pixelRatio: w.pixelRatio, screenWidth: w.screenWidth, screenHeight: w.screenHeight,
    windowWidth: w.windowWidth, windowHeight: w.windowHeight, statusBarHeight: w.statusBarHeight,
    safeArea: safeArea(w), screenTop: w.screenHeight - w.windowHeight,
  };
}

function deviceInfo(s) {
  return {
    abi: s.abi, deviceAbi: s.abi, benchmarkLevel: s.benchmarkLevel, brand: s.brand, model: s.model,
    system: s.system, platform: s.platform, cpuType: s.cpuType, memorySize: s.memorySize,
  };
}

function appBaseInfo(s, w) {
  return {
    SDKVersion: s.SDKVersion, enableDebug: false, host: { env: 'Sparrow', appId: s.appId }, language: s.language,
    version: s.version, theme: w.theme || 'light', fontSizeSetting: s.fontSizeSetting,
  };
}

/** getSystemInfoSync: the union of the window, device and app-base objects, as WeChat's. */
function systemInfo(s, w) {
  return Object.assign({}, windowInfo(w), deviceInfo(s), appBaseInfo(s, w), {
    deviceOrientation: w.windowWidth > w.windowHeight ? 'landscape' : 'portrait',
    albumAuthorized: false, cameraAuthorized: false, locationAuthorized: false, microphoneAuthorized: false,
    notificationAuthorized: false, bluetoothEnabled: false, locationEnabled: false, wifiEnabled: false,
  });
}

module.exports = { windowInfo, deviceInfo, appBaseInfo, systemInfo };
