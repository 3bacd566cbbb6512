import { checkDatabase } from "~/lib/health.server";

/** Liveness and readiness for load balancers and `pnpm dev`: the app answers and reaches PostgreSQL. */
export async function loader() {
  const database = await checkDatabase();
  const healthy = database === "ok";
  return Response.json(
    { status: healthy ? "ok" : "error", app: "employer", db: database },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
