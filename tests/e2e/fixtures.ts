import { test as base, expect } from "@playwright/test";

type Fixtures = { expectedConsoleErrors: RegExp[]; browserErrors: string[] };

/** Every page fails its test if the browser logs an unexpected error or an exception escapes. */
export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  browserErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !expectedConsoleErrors.some((pattern) => pattern.test(text))) {
          // Where it happened: "Failed to load resource" alone does not say which resource.
          errors.push(`${text} (${message.location().url})`);
        }
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
