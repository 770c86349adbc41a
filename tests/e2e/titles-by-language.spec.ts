import { expect, test } from "./fixtures";
import { main, newFilm, signedInPage } from "./support/cached-pages";

test("an editor adds a Chinese and a romanised title; once approved, the page groups them by language and the API returns them", async ({
  browser,
  page,
}) => {
  const film = await newFilm(browser);
  const editor = await signedInPage(browser, "editor");
  await editor.goto(film.path);
  await main(editor)
    .getByRole("region", { name: "Alternative titles" })
    .getByRole("link", { name: "Edit Alternative titles" })
    .click();
  await expect(editor).toHaveURL(`${film.path}/edit/aliases`);
  const row = (number: number) => editor.getByRole("group", { name: `Title ${number}`, exact: true });

  // A malformed tag is refused beside its row, with everything typed kept.
  await row(1).getByLabel("Title").fill("记忆");
  await row(1).getByLabel("Language").fill("zh_Hans");
  await expect(row(1).getByLabel("Language")).toHaveAccessibleDescription("Not a language tag yet.");
  await row(2).getByLabel("Title").fill("Kioku");
  await row(2).getByLabel("Language").fill("ja-latn");
  await expect(row(2).getByLabel("Language")).toHaveAccessibleDescription("Japanese (Latin script) (ja-Latn)");
  await row(2).getByLabel("Kind").selectOption({ label: "romanised" });
  await editor.getByLabel("Edit summary").fill("Chinese and romanised titles");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(row(1).getByLabel("Language")).toHaveAccessibleDescription(
    /“zh_Hans” is not a language tag: use one such as ja, ja-Latn, en or zh-Hans/,
  );
  await expect(row(1).getByLabel("Title")).toHaveValue("记忆");
  await expect(row(1).getByLabel("Language")).toHaveValue("zh_Hans");
  await expect(row(2).getByLabel("Title")).toHaveValue("Kioku");
  await expect(row(2).getByLabel("Kind")).toHaveValue("ROMANISED");
  await expect(editor.getByLabel("Edit summary")).toHaveValue("Chinese and romanised titles");

  await row(1).getByLabel("Language").fill("zh-Hans");
  await expect(row(1).getByLabel("Language")).toHaveAccessibleDescription(/^Chinese \(Simplified\) \(zh-Hans\)/);
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await expect(main(moderator).getByText("记忆 (zh-Hans, synonym)")).toBeVisible();
  await expect(main(moderator).getByText("Kioku (ja-Latn, romanised)")).toBeVisible();
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(film.path);
  const titles = main(page).getByRole("region", { name: "Alternative titles" });
  await expect(titles.getByRole("term")).toHaveText(["Chinese (Simplified)", "Japanese (Latin script)"]);
  await expect(titles.getByRole("definition")).toHaveText(["记忆 (synonym)", "Kioku (romanised)"]);
  await expect(titles.getByText("记忆", { exact: true })).toHaveAttribute("lang", "zh-Hans");
  await expect(titles.getByText("Kioku", { exact: true })).toHaveAttribute("lang", "ja-Latn");

  const json = await page.request.get(`/api/v1${film.path}`);
  expect(json.status()).toBe(200);
  expect((await json.json()).titles).toEqual([
    { title: "记忆", language: "zh-Hans", kind: "synonym" },
    { title: "Kioku", language: "ja-Latn", kind: "romanised" },
  ]);
});
