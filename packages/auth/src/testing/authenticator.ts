import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";

import { stepAt } from "../two-factor/totp";

/** The code an authenticator app set up with this key (as the setup page prints it) shows at `at`. */
export function authenticatorCodeAt(manualKey: string, at: Date = new Date()): string {
  return generateHOTP(decodeBase32IgnorePadding(manualKey.replace(/\s/g, "")), stepAt(at), 6);
}
