import type { Messages } from "../fr";

/** English UI text of the `share` area; mirrors the French one (the type checks it). */
export const share: Messages["share"] = {
  panel: {
    atelierTitle: "Atelier link",
    seedTitle: "Seed link",
    qr: "QR code of the link",
    qrError: "The QR code could not be drawn: {{message}}. The link below still works.",
    scanHint:
      "On the other tablet: “Join” → “Scan a QR code”, or paste this link into “Invitation link”.",
    seedOnly: "This link opens this seed only: never the atelier or its address book.",
    withKey: "The link carries the relay's access key.",
    copy: "Copy the link",
    copied: "Link copied",
    copyFailed: "Copying failed: select the link and copy it by hand.",
    keepSafe: "The link is the only key: keep it safe — anyone who has it can open the atelier.",
  },
  join: {
    entry: "Join",
    title: "Join an atelier or a seed",
    intro: "Paste the link you received, or scan the QR code shown by “Share” on another tablet.",
    link: "Invitation link",
    linkHint: "For example https://…/atelier/… or /graine/…, or an automerge:… address",
    open: "Open",
    otherServer: "This link was made on {{origin}}: this device will look for it on its own relay.",
    error: {
      empty: "Paste an invitation link first.",
      "not-a-link":
        "This text is not a link. An invitation link starts with https:// (or automerge:).",
      "unknown-route":
        "This link leads to neither an atelier nor a seed (it must contain /atelier/ or /graine/).",
      "bad-id": "This link's identifier is incomplete or damaged: check that it was copied whole.",
    },
    saveFailed: "The link could not be saved on this device: {{message}}",
  },
  scan: {
    heading: "With the camera",
    start: "Scan a QR code",
    stop: "Stop the camera",
    video: "Camera image",
    looking: "Point at the QR code…",
    insecure:
      "Scanner unavailable in local relay mode: the browser only allows the camera on a secure (https) page. Paste the link instead.",
    unsupported: "This browser gives no access to the camera. Paste the link instead.",
    denied: "The camera is not available: {{message}}. Paste the link instead.",
    notInvite: "This QR code does not hold a Récolte link: {{reason}}",
  },
  waiting: {
    title: "Waiting for sync",
    atelier:
      "This atelier is not on this device yet. The page opens by itself as soon as it arrives.",
    seed: "This seed is not on this device yet. The page opens by itself as soon as it arrives.",
    offline:
      "This device is not connected to the relay (offline or relay unreachable): it will look again as soon as the connection is back.",
    connecting: "Connecting to the relay…",
    notOnRelay:
      "The relay is connected but does not have this document yet: the person who shared it must connect to the relay once. Asking again every 10 seconds.",
    noRelay: "No relay is configured on this device.",
    bundle:
      "No network: ask for the .recolte file (“Share” → “Export the atelier”) and open it here.",
  },
  links: {
    entry: "My links",
    title: "My links",
    intro:
      "Every atelier and seed opened on this device, with its link. Export this list to find them again on a new device.",
    empty: "No atelier or seed on this device yet.",
    atelier: "Atelier",
    seed: "Seed",
    untitled: "Untitled",
    export: "Export my links",
    exported: "File “{{name}}” saved ({{count}} links).",
    import: "Import links",
    imported_one: "{{count}} link added on this device.",
    imported_other: "{{count}} links added on this device.",
    showQr: "Show the list's QR code",
    hideQr: "Hide the QR code",
    listQr: "QR code of the list of links",
    qrTooLong: "The list is too long for one QR code: use the file.",
    error: {
      "too-large": "This file is too big to be a list of links (1 MB at most).",
      empty: "This file is empty.",
      "not-links":
        "This file is not a Récolte list of links (neither the file exported by “My links” nor links one per line).",
      "bad-entry": "Line {{line}} is not a valid link: {{reason}}",
      read: "The file could not be read: {{message}}",
      nothingWritten: "Nothing was added.",
    },
  },
};
