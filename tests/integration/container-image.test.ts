import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalClient } from "@/idp/portal-client";
import { startIdp, type RunningIdp } from "@/idp/server";
import { freePort } from "../helpers/free-port";
import { ssoLogin } from "../helpers/sso-login";
import { oktaPortalEnv, TEST_CLIENT } from "../helpers/start-stack";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { TEST_DATABASE } from "../helpers/test-database";

/**
 * What the Dockerfile's final stage consists of: the files it copies from the build stage, its
 * working directory, environment and CMD. Read from the Dockerfile itself, so this test runs
 * exactly what the image would.
 */
function readImage() {
  const text = readFileSync("Dockerfile", "utf8").replace(/\\\n\s*/g, " ");
  const stages = text.split(/^FROM /m);
  const buildDir = /^WORKDIR (\S+)/m.exec(stages[1])![1];
  const final = stages.at(-1)!;
  const copies = [...final.matchAll(/^COPY --from=build (?:--\S+ )*(\S+) (\S+)$/gm)].map(([, from, to]) => ({ from: path.relative(buildDir, from), to }));
  const env = Object.fromEntries(
    [...final.matchAll(/^ENV (.+)$/gm)].flatMap(([, pairs]) =>
      pairs
        .trim()
        .split(/\s+/)
        .map((pair) => pair.split("=") as [string, string]),
    ),
  );
  return { workdir: /^WORKDIR (\S+)/m.exec(final)![1], copies, env, cmd: JSON.parse(/^CMD (\[.+\])$/m.exec(final)![1]) as string[] };
}

describe("the container image's start command, from a directory holding only what the image copies", () => {
  let idp: RunningIdp;
  let portal: RunningPortal;
  let appDir: string;
  const image = readImage();
  const { DATABASE_URL: imageDatabaseUrl, ...imageEnv } = image.env;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), "portal-image-"));
    for (const { from, to } of image.copies) cpSync(from, path.join(root, to), { recursive: true, verbatimSymlinks: true });
    appDir = path.join(root, image.workdir);
    const port = await freePort();
    idp = await startIdp({ port: 0, hostname: "127.0.0.1", clients: [portalClient(`http://127.0.0.1:${port}`, TEST_CLIENT.id, TEST_CLIENT.secret)] });
    // The image's environment plus what an operator sets; on SQLite its own file under the data volume.
    const databaseUrl = TEST_DATABASE === "sqlite" ? imageDatabaseUrl : undefined;
    portal = await startPortal(port, { ...imageEnv, ...oktaPortalEnv(idp.issuer), PORT: String(port) }, { command: image.cmd, cwd: appDir, databaseUrl });
  });
  afterAll(async () => {
    await portal?.stop();
    await idp?.close();
  });

  it("is the bundled one-process start, copied from the standalone build", () => {
    expect(image.cmd).toEqual(["node", "portal-server.js"]);
    expect(image.copies).toEqual([{ from: ".next/standalone", to: "/app" }]);
  });

  it("signs in with Okta and with the bootstrap admin's password, and serves the static assets", async () => {
    const { location } = await ssoLogin(portal.url, "admin@example.com");
    expect(location).toBe(`${portal.url}/admin`);

    const login = await fetch(`${portal.url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "platform-admin@example.com", password: "platform-admin-password" }),
    });
    expect(login.status).toBe(200);

    const page = await (await fetch(`${portal.url}/admin/login`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(page)![0];
    expect((await fetch(`${portal.url}${asset}`)).status).toBe(200);
  });

  it("keeps a SQLite database in the data volume, and writes none there when DATABASE_URL names PostgreSQL", () => {
    expect(imageDatabaseUrl).toBe("file:./data/portal.db");
    expect(existsSync(path.join(appDir, "data", "portal.db"))).toBe(TEST_DATABASE === "sqlite");
  });
});
