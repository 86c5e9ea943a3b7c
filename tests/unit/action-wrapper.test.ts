import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every server action must be built by adminAction() or adminStateAction() (lib/http): that is where
// the admin check, the form's zod parsing, the audit context and the notice after it live. This reads
// each "use server" file under app/ and names any exported value built some other way.
const WRAPPERS = new Set(["adminAction", "adminStateAction"]);

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

/** The exported values of one "use server" file that no action wrapper built (types are fine). */
function unwrappedActions(source: string): string[] {
  const file = ts.createSourceFile("actions.ts", source, ts.ScriptTarget.Latest, true);
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const wrapped = (node: ts.Expression | undefined) =>
    !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && WRAPPERS.has(node.expression.text);
  const bad: string[] = [];
  for (const statement of file.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && exported(statement)) bad.push(statement.name?.text ?? "default");
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (!wrapped(declaration.initializer)) bad.push(declaration.name.getText(file));
    }
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) bad.push(`export ${statement.exportClause?.getText(file) ?? "*"}`);
    if (ts.isExportAssignment(statement)) bad.push("default");
  }
  return bad;
}

describe("server actions", () => {
  it("are all built by adminAction() or adminStateAction()", () => {
    const files = serverActionFiles(path.join(process.cwd(), "app"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const offenders = files.flatMap((file) => unwrappedActions(readFileSync(file, "utf8")).map((name) => `${path.relative(process.cwd(), file)}: ${name}`));
    expect(offenders, "build these with adminAction(page, schema, fn) or adminStateAction from @/lib/http").toEqual([]);
  });

  it("notices actions written by hand, so the check above can fail", () => {
    expect(unwrappedActions('"use server";\nexport async function deleteEverything(form: FormData) {}')).toEqual(["deleteEverything"]);
    expect(unwrappedActions('"use server";\nexport const revoke = async () => {};')).toEqual(["revoke"]);
    expect(unwrappedActions('"use server";\nconst a = async () => {};\nexport { a as revoke };')).toEqual(["export { a as revoke }"]);
    expect(unwrappedActions('"use server";\nexport type State = {};\nexport const ok = adminAction(PATH, schema, async () => {});')).toEqual([]);
  });
});
