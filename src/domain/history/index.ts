export * from "./changeMessage";
export * from "./whatsNew";
