// Loaded with `node --require` into a process under test (and, through NODE_OPTIONS, its Node
// children): every attempt to reach the network is refused and written to DUBAN_NETWORK_LOG, so a
// test can assert that a tool which might download (electron-builder) tried nothing.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS */
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const logFile = process.env.DUBAN_NETWORK_LOG;

const refuse = (what) => {
  const line = `${process.pid} ${process.argv.slice(1, 3).join(' ')}: ${what}\n`;
  if (logFile) fs.appendFileSync(logFile, line);
  return new Error(`network refused by network-guard: ${what}`);
};

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  // Local pipes and unix sockets (IPC with child processes) are not the network.
  const isPipe = typeof options === 'string' || (options !== null && typeof options === 'object' && typeof options.path === 'string');
  if (isPipe) return originalConnect.apply(this, args);
  const host = options !== null && typeof options === 'object' ? options.host : args[1];
  const port = options !== null && typeof options === 'object' ? options.port : first;
  const error = refuse(`connect ${host ?? 'localhost'}:${port}`);
  process.nextTick(() => this.destroy(error));
  return this;
};

const refusingLookup = (hostname, ...rest) => {
  const callback = rest[rest.length - 1];
  const error = refuse(`dns lookup ${hostname}`);
  if (typeof callback === 'function') process.nextTick(() => callback(error));
};
dns.lookup = refusingLookup;
dns.promises.lookup = async (hostname) => {
  throw refuse(`dns lookup ${hostname}`);
};

if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (input) => {
    throw refuse(`fetch ${typeof input === 'string' ? input : String(input && input.url)}`);
  };
}
