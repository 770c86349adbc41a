import { randomBytes } from "node:crypto";

export type FormField = { name: string; value: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

const attribute = (attributes: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(attributes);
  return match ? decodeHtml(match[1]!) : null;
};

/**
 * The fields a browser without JavaScript would post from the page's POST form that has a field
 * named `marker`: its inputs (React's hidden server-action fields among them) and text areas, in
 * document order. Checkboxes and radios count only when checked; the form must have no <select>.
 */
export function parsePostForm(html: string, marker: string): FormField[] {
  const form = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].find(
    ([, attributes, body]) => /method="post"/i.test(attributes!) && body!.includes(`name="${marker}"`),
  );
  if (!form) throw new Error(`The page has no POST form with a field named "${marker}".`);
  const body = form[2]!;
  if (/<select\b/i.test(body)) throw new Error("The form has a <select>, which this reader does not post.");
  const fields: { at: number; field: FormField }[] = [];
  for (const input of body.matchAll(/<input\b([^>]*?)\/?>/gi)) {
    const attributes = input[1]!;
    const name = attribute(attributes, "name");
    const type = (attribute(attributes, "type") ?? "text").toLowerCase();
    if (!name || ["submit", "button", "reset", "image", "file"].includes(type)) continue;
    if ((type === "checkbox" || type === "radio") && !/\schecked(=|\s|$)/i.test(attributes)) continue;
    fields.push({
      at: input.index,
      field: { name, value: attribute(attributes, "value") ?? (type === "checkbox" ? "on" : "") },
    });
  }
  for (const area of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attribute(area[1]!, "name");
    // HTML drops one newline right after <textarea>, as a browser would.
    if (name) fields.push({ at: area.index, field: { name, value: decodeHtml(area[2]!).replace(/^\r?\n/, "") } });
  }
  return fields.sort((a, b) => a.at - b.at).map(({ field }) => field);
}

/** The fields with some values replaced (each name must be in the form). */
export function withValues(fields: FormField[], values: Record<string, string>): FormField[] {
  for (const name of Object.keys(values)) {
    if (!fields.some((field) => field.name === name)) throw new Error(`The form has no field named "${name}".`);
  }
  return fields.map((field) => (field.name in values ? { name: field.name, value: values[field.name]! } : field));
}

/** A multipart/form-data body, as a browser posts a form with enctype="multipart/form-data". */
export function multipartBody(fields: FormField[], boundary = `----keyframe-bench-${randomBytes(12).toString("hex")}`) {
  const escape = (name: string) => name.replace(/"/g, "%22").replace(/\r?\n/g, "%0A");
  const parts = fields.map(
    (field) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${escape(field.name)}"\r\n\r\n${field.value.replace(/\r?\n/g, "\r\n")}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
