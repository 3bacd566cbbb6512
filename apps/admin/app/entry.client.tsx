import { hydrateApp } from "@tsunagu/ui/remix/hydrate";

void hydrateApp();
