// Preloaded with `node --import` (also into worker threads, which inherit execArgv): any attempt to reach the
// network — fetch, or a TCP/UDP socket — fails loudly, so a run that passes used none.
import dgram from "node:dgram";
import net from "node:net";

const refuse = (what) => { throw new Error(`network disabled in this test: ${what}`); };
globalThis.fetch = (url) => refuse(`fetch ${url}`);
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  const ipc = typeof first === "string" || (first && typeof first === "object" && "path" in first && first.path);
  return ipc ? connect.apply(this, args) : refuse(`socket ${JSON.stringify(first)}`);
};
dgram.createSocket = () => refuse("udp socket");
