// Vite and TypeScript import one field of package.json; only the string ends up in the bundle.
import { version } from "../../../package.json";

/** The app's version, written into every bundle's manifest. */
export const APP_VERSION: string = version;
