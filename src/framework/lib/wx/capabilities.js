// wx APIs only the embedding app can answer (C# IMiniProgramHost): login, payment, sharing,
// scanning, user profile, images, phone, clipboard. Each goes to the host with its options as
// JSON and settles in a later task; a host that does not offer one answers
// "<api>:fail not provided by this host".
'use strict';

const { invokeHost, checkType } = require('./callback.js');

// name → the options the host needs (checked first, as WeChat does) and the fields it gets.
const CAPABILITIES = {
  login: { fields: ['timeout'] },
  requestPayment: { fields: ['timeStamp', 'nonceStr', 'package', 'signType', 'paySign'], required: { timeStamp: 'String', nonceStr: 'String', package: 'String', paySign: 'String' } },
  shareAppMessage: { fields: ['title', 'path', 'imageUrl'] },
  scanCode: { fields: ['onlyFromCamera', 'scanType'] },
  getUserProfile: { fields: ['desc', 'lang'], required: { desc: 'String' } },
  getUserInfo: { fields: ['withCredentials', 'lang'] },
  chooseImage: { fields: ['count', 'sizeType', 'sourceType'] },
  makePhoneCall: { fields: ['phoneNumber'], required: { phoneNumber: 'String' } },
  setClipboardData: { fields: ['data'], required: { data: 'String' } },
  getClipboardData: { fields: [] },
};

function createCapabilities(host, hostCalls, report) {
  const apis = {};
  for (const name of Object.keys(CAPABILITIES)) {
    const spec = CAPABILITIES[name];
    apis[name] = (options) => invokeHost(name, options, (o, finish) => {
      for (const [field, type] of Object.entries(spec.required || {})) checkType(field, o[field], type);
      const args = {};
      for (const field of spec.fields) if (o[field] !== undefined) args[field] = o[field];
      const id = hostCalls.open((ok, payload) => finish(ok, payload));
      host.capability(name, JSON.stringify(args), id);
    }, report);
  }
  return apis;
}

module.exports = { createCapabilities, CAPABILITIES };
