// The only door from this app to the database package; see the bundle guard in @tsunagu/vite-config.
export { db } from "@tsunagu/db";
