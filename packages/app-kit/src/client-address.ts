import type { AppLoadContext } from "@remix-run/node";
import "./load-context";

export interface ClientAddressSetting {
  /** Header the deployment's reverse proxy writes the client address into (last entry). */
  CLIENT_IP_HEADER?: string;
}

/**
 * The address rate limits count a request against. Behind a proxy that sets CLIENT_IP_HEADER
 * it is the header's last entry (the one that proxy appended; earlier ones are the client's
 * word); otherwise it is the socket's peer, as the app server reports it. Never one shared
 * bucket for everyone: that let 50 failures anywhere lock every account out.
 */
export function clientAddressOf(
  request: Request,
  context: AppLoadContext | undefined,
  setting: ClientAddressSetting,
): string {
  if (setting.CLIENT_IP_HEADER) {
    const last = request.headers.get(setting.CLIENT_IP_HEADER)?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  // Without the app server (a loader called from a test) there is no socket to read.
  return context?.clientAddress ?? "unknown";
}
