import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Server actions take the previous form state first, whether or not they read it.
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] },
  },
  { ignores: [".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // Pages and components read and write through lib/<feature>/, never the database itself.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "@/lib/db", "@/lib/prisma-client", "**/generated/prisma/*", "pg"],
              message: "Read and write through lib/<feature>/ instead of importing the database.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
