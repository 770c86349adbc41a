import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: true,
  // forbidden() and app/forbidden.tsx answer 403 to signed-in people without the role a page needs.
  experimental: { authInterrupts: true },
  // The Prisma client and pg stay external: bundling them breaks the driver adapter's native ESM imports.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
};

export default nextConfig;
