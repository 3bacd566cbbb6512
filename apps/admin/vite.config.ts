import { remixAppConfig } from "@tsunagu/vite-config";
import { defineConfig } from "vite";

export default defineConfig(remixAppConfig({ devPort: 3002 }));
