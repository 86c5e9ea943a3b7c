import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every HTTP handler a route file exports must be built by route() (lib/http/route.ts): that is where
// the request context, authentication, rate limits and the one error table live. A handler written
// by hand would skip all of it, so this reads each app/**/route.ts and names any that does.
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const isRouteCall = (node: ts.Node | undefined): boolean =>
  !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "route";
const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The exported HTTP methods of one route file that are not built by route(). */
function unwrappedHandlers(source: string, fileName = "route.ts"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const wrappedConsts = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && isRouteCall(declaration.initializer)) wrappedConsts.add(declaration.name.text);
    }
  }
  const isWrapped = (initializer: ts.Expression | undefined) =>
    isRouteCall(initializer) || (!!initializer && ts.isIdentifier(initializer) && wrappedConsts.has(initializer.text));
  const bad: string[] = [];
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name && METHODS.has(statement.name.text)) bad.push(statement.name.text);
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && METHODS.has(declaration.name.text) && !isWrapped(declaration.initializer)) bad.push(declaration.name.text);
      }
    }
    // `export { GET } from "@/app/…/route"` re-exports a handler that this test checks in its own file.
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const specifier of statement.exportClause.elements) {
        const local = (specifier.propertyName ?? specifier.name).text;
        if (METHODS.has(specifier.name.text) && !wrappedConsts.has(local)) bad.push(specifier.name.text);
      }
    }
    if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !/^@\/app\/.*\/route$/.test(statement.moduleSpecifier.text)
    ) {
      bad.push(`re-export from ${statement.moduleSpecifier.text}`);
    }
  }
  return bad;
}

describe("route handlers", () => {
  it("are all built by route(), in every app/**/route.ts", () => {
    const files = routeFiles(path.join(process.cwd(), "app"));
    expect(files.length).toBeGreaterThan(15);
    const offenders = files.flatMap((file) =>
      unwrappedHandlers(readFileSync(file, "utf8"), file).map((name) => `${path.relative(process.cwd(), file)}: ${name}`),
    );
    expect(offenders, "wrap these handlers with route(options, handler) from @/lib/http/route").toEqual([]);
  });

  it("notices handlers written by hand, so the check above can fail", () => {
    expect(unwrappedHandlers("export async function GET() { return Response.json({}); }")).toEqual(["GET"]);
    expect(unwrappedHandlers("export const POST = async () => new Response(null);")).toEqual(["POST"]);
    expect(unwrappedHandlers("const h = async () => new Response(null);\nexport { h as GET, h as POST };")).toEqual(["GET", "POST"]);
    expect(unwrappedHandlers('export { GET } from "next-auth";')).toEqual(["re-export from next-auth"]);
    expect(
      unwrappedHandlers(
        "const h = route(PUBLIC, async () => new Response(null));\nexport { h as GET };\nexport const POST = route(PUBLIC, async () => new Response(null));",
      ),
    ).toEqual([]);
  });
});
