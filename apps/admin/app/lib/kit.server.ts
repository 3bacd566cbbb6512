// The only door from this app to the server packages; see the bundle guard in @tsunagu/vite-config.
import { createAppKit } from "@tsunagu/app-kit";

/**
 * Created when the server starts: a missing or malformed variable stops it with its name.
 * Admins do not change their address here: it is the one `pnpm admin:create` gave them.
 */
export const kit = createAppKit({ app: "admin", devPort: 3002, canChangeEmail: false, twoFactorRequired: true });
