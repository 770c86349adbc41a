import type { z } from "zod";
import { IdSchema, MoveDirectionSchema } from "./schema";

export type MoveDirection = z.infer<typeof MoveDirectionSchema>;

/** The last move, as the list page's address carries it ("12-up"), so the page shows it without JavaScript. */
export const movedParam = (itemId: number, direction: MoveDirection) => `${itemId}-${direction}`;

export function parseMoved(value: unknown): { itemId: number; direction: MoveDirection } | null {
  if (typeof value !== "string") return null;
  const [id, direction, ...rest] = value.split("-");
  const itemId = IdSchema.safeParse(Number(id));
  const parsedDirection = MoveDirectionSchema.safeParse(direction);
  if (rest.length > 0 || !itemId.success || !parsedDirection.success) return null;
  return { itemId: itemId.data, direction: parsedDirection.data };
}

/**
 * Which of the moved film's two buttons keeps the keyboard focus: the one pressed, so that pressing
 * again moves it further, unless the film has reached the end where that button is disabled.
 */
export function controlAfterMove(direction: MoveDirection, rank: number, total: number): MoveDirection {
  if (direction === "up" && rank === 1 && total > 1) return "down";
  if (direction === "down" && rank === total && total > 1) return "up";
  return direction;
}
