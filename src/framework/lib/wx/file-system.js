// wx.getFileSystemManager(): files under wx.env.USER_DATA_PATH ("wxfile://usr", the app's own
// folder on the host) and read-only files of the code package ("/pages/a.json"). The host
// (C# UserFileSystem) refuses everything else, `..` out of a root and symbolic links with
// "permission denied, open <path>". Synchronous forms throw Error("<name>Sync:fail <reason>");
// asynchronous forms take success/fail/complete or return a Promise and settle in a later task.
'use strict';

const { invokeLater, fail, checkType, syncApi } = require('./callback.js');
const { base64ToArrayBuffer } = require('./request.js');

const USER_DATA_PATH = 'wxfile://usr';

class Stats {
  constructor(v) {
    this.mode = v.mode;
    this.size = v.size;
    this.lastAccessedTime = v.lastAccessedTime;
    this.lastModifiedTime = v.lastModifiedTime;
    Object.defineProperty(this, '_dir', { value: v.isDirectory });
  }
  isDirectory() { return this._dir; }
  isFile() { return !this._dir; }
}

function createFileSystemManager(host, report) {
  function call(op, path, arg, encoding) {
    const r = host.fs(op, path, arg, encoding);
    if (r.e !== undefined) throw fail(r.e);
    return r;
  }
  function data(value, encoding) {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return [value, undefined];
    return [String(value === undefined ? '' : value), encoding || 'utf8'];
  }

  const ops = {
    readFile(filePath, encoding) {
      checkType('filePath', filePath, 'String');
      const r = call('readFile', filePath, undefined, encoding || undefined);
      return r.b !== undefined ? base64ToArrayBuffer(r.b) : r.v;
    },
    writeFile(filePath, value, encoding) { checkType('filePath', filePath, 'String'); call('writeFile', filePath, ...data(value, encoding)); },
    appendFile(filePath, value, encoding) { checkType('filePath', filePath, 'String'); call('appendFile', filePath, ...data(value, encoding)); },
    access(path) { checkType('path', path, 'String'); call('access', path); },
    mkdir(dirPath, recursive) { checkType('dirPath', dirPath, 'String'); call('mkdir', dirPath, !!recursive); },
    readdir(dirPath) { checkType('dirPath', dirPath, 'String'); return call('readdir', dirPath).v; },
    unlink(filePath) { checkType('filePath', filePath, 'String'); call('unlink', filePath); },
    rmdir(dirPath, recursive) { checkType('dirPath', dirPath, 'String'); call('rmdir', dirPath, !!recursive); },
    stat(path) { checkType('path', path, 'String'); return new Stats(call('stat', path).v); },
    rename(oldPath, newPath) { checkType('oldPath', oldPath, 'String'); checkType('newPath', newPath, 'String'); call('rename', oldPath, newPath); },
    copyFile(srcPath, destPath) { checkType('srcPath', srcPath, 'String'); checkType('destPath', destPath, 'String'); call('copyFile', srcPath, destPath); },
  };

  const later = (name, body) => (o) => invokeLater(name, o, body, report);
  return {
    readFileSync: syncApi('readFileSync', ops.readFile),
    writeFileSync: syncApi('writeFileSync', ops.writeFile),
    appendFileSync: syncApi('appendFileSync', ops.appendFile),
    accessSync: syncApi('accessSync', ops.access),
    mkdirSync: syncApi('mkdirSync', ops.mkdir),
    readdirSync: syncApi('readdirSync', ops.readdir),
    unlinkSync: syncApi('unlinkSync', ops.unlink),
    rmdirSync: syncApi('rmdirSync', ops.rmdir),
    statSync: syncApi('statSync', ops.stat),
    renameSync: syncApi('renameSync', ops.rename),
    copyFileSync: syncApi('copyFileSync', ops.copyFile),
    readFile: later('readFile', (x) => ({ data: ops.readFile(x.filePath, x.encoding) })),
    writeFile: later('writeFile', (x) => { ops.writeFile(x.filePath, x.data, x.encoding); return {}; }),
    appendFile: later('appendFile', (x) => { ops.appendFile(x.filePath, x.data, x.encoding); return {}; }),
    access: later('access', (x) => { ops.access(x.path); return {}; }),
    mkdir: later('mkdir', (x) => { ops.mkdir(x.dirPath, x.recursive); return {}; }),
    readdir: later('readdir', (x) => ({ files: ops.readdir(x.dirPath) })),
    unlink: later('unlink', (x) => { ops.unlink(x.filePath); return {}; }),
    rmdir: later('rmdir', (x) => { ops.rmdir(x.dirPath, x.recursive); return {}; }),
    stat: later('stat', (x) => ({ stats: ops.stat(x.path) })),
    rename: later('rename', (x) => { ops.rename(x.oldPath, x.newPath); return {}; }),
    copyFile: later('copyFile', (x) => { ops.copyFile(x.srcPath, x.destPath); return {}; }),
  };
}

module.exports = { createFileSystemManager, USER_DATA_PATH, Stats };
