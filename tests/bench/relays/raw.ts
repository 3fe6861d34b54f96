import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";
import type { HostedRelay } from "./kinds";

/**
 * The floor: every frame received on `/room/<id>` is forwarded to the room's other sockets. It
 * neither parses nor stores anything, so its CPU per change is the cost of the sockets alone.
 */
export async function startRawRelay(port: number): Promise<HostedRelay> {
  const wss = new WebSocketServer({ port, host: "127.0.0.1" });
  await new Promise<void>((done) => wss.once("listening", () => done()));
  const rooms = new Map<string, Set<WebSocket>>();
  wss.on("connection", (socket, request) => {
    const room = request.url ?? "/";
    const members = rooms.get(room) ?? new Set<WebSocket>();
    rooms.set(room, members);
    members.add(socket);
    socket.on("message", (data, isBinary) => {
      for (const other of members) if (other !== socket) other.send(data, { binary: isBinary });
    });
    socket.on("close", () => members.delete(socket));
  });
  return {
    wsUrl: (room) => `ws://127.0.0.1:${port}/room/${encodeURIComponent(room)}`,
    flush: async () => {},
    close: () =>
      new Promise<void>((done) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => done());
      }),
  };
}
