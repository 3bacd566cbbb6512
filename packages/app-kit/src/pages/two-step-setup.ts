import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  reauthenticate,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
  twoFactorStatus,
  verifySecondFactor,
} from "@tsunagu/auth";
import type { TwoStepSetupActionView } from "@tsunagu/ui/remix";
import QRCode from "qrcode";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";

/**
 * `/account/two-step`: set up two-step sign-in with an authenticator app (QR code or typed
 * key, then a code to confirm), new recovery codes, and turning it off where it is not
 * required (F1; admins must keep it, F21).
 */
export function twoStepSetupPage(app: AppCore) {
  const { db } = app;
  return {
    async loader({ request }: LoaderFunctionArgs) {
      const { user } = await app.requireUser(request, { setup: true });
      const [status, t] = await Promise.all([
        twoFactorStatus(db, user.id),
        app.translator(request, "common"),
      ]);
      const base = {
        title: t("auth.twoStepSetup.title"),
        required: app.twoFactorRequired,
        ...status,
      };
      if (status.enabled) return { ...base, enrolment: null };
      const started = await startTwoFactorEnrolment(db, user.id);
      if (started.status !== "started") return { ...base, enrolment: null };
      const svg = await QRCode.toString(started.uri, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
      });
      return {
        ...base,
        enrolment: {
          manualKey: started.manualKey,
          qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
        },
      };
    },

    async action({ request }: ActionFunctionArgs): Promise<TwoStepSetupActionView> {
      app.assertSameOrigin(request);
      const { user } = await app.requireUser(request, { setup: true });
      const form = await readForm(request);
      const code = textField(form, "code");
      switch (form.get("intent")) {
        case "confirm": {
          const result = await confirmTwoFactorEnrolment(db, user.id, code);
          return result.ok
            ? { intent: "confirm", recoveryCodes: result.recoveryCodes }
            : { intent: "confirm", problem: "wrong-code" };
        }
        case "regenerate": {
          const result = await regenerateRecoveryCodes(db, user.id, code);
          if (result.ok) return { intent: "regenerate", recoveryCodes: result.recoveryCodes };
          return {
            intent: "regenerate",
            problem: result.reason === "rate-limited" ? "rate-limited" : "wrong-code",
          };
        }
        case "disable": {
          if (app.twoFactorRequired) throw data(null, { status: 403 });
          const password = await reauthenticate(db, {
            userId: user.id,
            password: textField(form, "currentPassword"),
          });
          if (!password.ok)
            return {
              intent: "disable",
              problem: password.reason === "rate-limited" ? "rate-limited" : "wrong-password",
            };
          const second = await verifySecondFactor(db, user.id, code);
          if (!second.ok)
            return {
              intent: "disable",
              problem: second.reason === "rate-limited" ? "rate-limited" : "wrong-code",
            };
          await disableTwoFactor(db, user.id);
          return { intent: "disable", disabled: true };
        }
        default:
          throw data(null, { status: 400 });
      }
    },
  };
}
