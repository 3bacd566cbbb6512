import { kit } from "~/lib/kit.server";

export const loader = kit.pages.trpc.loader;
export const action = kit.pages.trpc.action;
