import { expect, type Browser } from "@playwright/test";
import { main, proposeAsNew, signedInPage, uniqueFilm } from "./cached-pages";

/** A TV series no other test reads, begun on January 6, 2020 with 12 planned episodes; made by an admin, so live at once. */
export async function newSeries(browser: Browser) {
  const admin = await signedInPage(browser, "admin");
  const { title, path } = uniqueFilm("Episode Study");
  await admin.goto("/films/new");
  await admin.getByLabel("Title", { exact: true }).fill(title);
  await admin.getByLabel("Format").selectOption({ label: "TV series" });
  await admin.getByLabel("Deck").fill("A series for checking episodes.");
  await admin.getByLabel("Edit summary").fill("Test series");
  await proposeAsNew(admin, "Propose film");
  await expect(main(admin).getByRole("status")).toContainText("live");

  await admin.goto(`${path}/edit/general`);
  const release = admin.getByRole("group", { name: "Release 1", exact: true });
  await release.getByLabel("Region code").fill("JP");
  await release.getByLabel("Name").fill(title);
  await release.getByLabel("Release date").fill("2020-01-06");
  await admin.getByLabel("Planned episodes").fill("12");
  await admin.getByLabel("Edit summary").fill("First broadcast and planned episodes");
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(main(admin).getByRole("status")).toContainText("live");
  await admin.context().close();
  return { title, path };
}
