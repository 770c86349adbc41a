import net from "node:net";
import { StartupError } from "./fail.ts";

export function parsePort(value: string | undefined): number {
  const port = Number(value ?? "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 1 to 65535, not "${value}".`);
  }
  return port;
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(
              `Port ${port} is already in use. Stop whatever is using it, or choose another port: PORT=${port + 1} npm start`,
            )
          : error,
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}
