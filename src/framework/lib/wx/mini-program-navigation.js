// Leaving the mini program, which only the embedding app can do (C# IMiniProgramHost):
// wx.navigateToMiniProgram (another mini program), wx.navigateBackMiniProgram (back to the one
// that opened this), wx.exitMiniProgram, and wx.openOfficialAccountArticle (a URL). Each asks the
// host and settles from its answer in a later task; a host that does not offer one answers
// "<api>:fail not provided by this host".
'use strict';

const { invokeHost, checkType, fail } = require('./callback.js');

const ENV_VERSIONS = ['develop', 'trial', 'release'];

function createMiniProgramNavigation(host, hostCalls, report) {
  function ask(name, args, finish) {
    const id = hostCalls.open((ok, payload) => finish(ok, payload));
    host.capability(name, JSON.stringify(args), id);
  }

  return {
    navigateToMiniProgram: (o) => invokeHost('navigateToMiniProgram', o, (x, finish) => {
      checkType('appId', x.appId, 'String');
      if (x.appId.length === 0) throw fail('appId is empty');
      const args = { appId: x.appId, envVersion: 'release' };
      if (x.envVersion !== undefined) {
        if (!ENV_VERSIONS.includes(x.envVersion)) throw fail(`invalid envVersion "${x.envVersion}"`);
        args.envVersion = x.envVersion;
      }
      if (x.path !== undefined) { checkType('path', x.path, 'String'); args.path = x.path; }
      if (x.extraData !== undefined) args.extraData = x.extraData;
      ask('navigateToMiniProgram', args, finish);
    }, report),
    navigateBackMiniProgram: (o) => invokeHost('navigateBackMiniProgram', o, (x, finish) => {
      ask('navigateBackMiniProgram', x.extraData === undefined ? {} : { extraData: x.extraData }, finish);
    }, report),
    exitMiniProgram: (o) => invokeHost('exitMiniProgram', o, (x, finish) => ask('exitMiniProgram', {}, finish), report),
    openOfficialAccountArticle: (o) => invokeHost('openOfficialAccountArticle', o, (x, finish) => {
      checkType('url', x.url, 'String');
      if (!/^https?:\/\//.test(x.url)) throw fail(`invalid url "${x.url}"`);
      ask('openOfficialAccountArticle', { url: x.url }, finish);
    }, report),
  };
}

module.exports = { createMiniProgramNavigation };
