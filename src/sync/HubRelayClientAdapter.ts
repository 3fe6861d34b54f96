import type { Message } from "@automerge/automerge-repo/slim";
import { RelayClientAdapter } from "./RelayClientAdapter";

/**
 * The relay client as the app uses it. automerge-repo forwards every ephemeral message it receives
 * to its other peers, keeping the original sender: a tablet would send another tablet's presence
 * back to the relay, which (rightly) binds each connection to its own sender id and closes it.
 * The relay is the hub and has already delivered that message to everyone, so only our own
 * ephemeral messages go to it; forwarding to sibling tabs (BroadcastChannel) is unchanged.
 */
export class HubRelayClientAdapter extends RelayClientAdapter {
  override send(message: Message): void {
    if (message.type === "ephemeral" && message.senderId !== this.peerId) return;
    super.send(message);
  }
}
