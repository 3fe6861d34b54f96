/**
 * Seed commands: pure `(doc, args) => void` functions applied to an Automerge change proxy
 * (`handle.change(d => cmd(d, args), { message })`), one small file per part of the seed.
 */
export * from "./seedCommands";
export * from "./memberCommands";
export * from "./taskCommands";
export * from "./meetingCommands";
export * from "./decisionCommands";
export * from "./decisionOptionCommands";
export * from "./protocolCommands";
