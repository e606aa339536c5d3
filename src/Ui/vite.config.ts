import { defineConfig } from "vite";

// The Api serves the bundle from its wwwroot, same origin as the gRPC-web calls.
export default defineConfig({
  build: { outDir: "../Api/wwwroot", emptyOutDir: true },
  server: { proxy: { "/servicedesk.": "http://localhost:5101" } },
});
