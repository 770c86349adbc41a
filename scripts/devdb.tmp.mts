import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts";
import pg from "pg";
const s = await startEmbeddedPostgres({ dataDir: "/tmp/devpg" });
const c = new pg.Client(s.serverUrl); await c.connect();
await c.query("CREATE DATABASE keyframe").catch(()=>{}); await c.end();
console.log(s.urlFor("keyframe"));
setInterval(()=>{}, 1e9);
