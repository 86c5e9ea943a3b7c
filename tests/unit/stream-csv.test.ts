import { describe, expect, it } from "vitest";
import { streamCsv } from "@/lib/http/stream-csv";

type Row = { name: string | null; count: number; at: Date };
const columns = [
  { header: "name", value: (row: Row) => row.name },
  { header: "count", value: (row: Row) => row.count },
  { header: "at", value: (row: Row) => row.at },
];

async function* pages(...batches: Row[][]) {
  for (const batch of batches) yield batch;
}

describe("streamCsv", () => {
  it("streams a header and every page's rows as CRLF lines with download headers", async () => {
    const at = new Date("2026-01-02T03:04:05.000Z");
    const response = streamCsv("audit log.csv", columns, pages([{ name: "a", count: 1, at }], [], [{ name: null, count: -2, at }]));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit_log.csv"');
    expect(await response.text()).toBe(`name,count,at\r\na,1,${at.toISOString()}\r\n,-2,${at.toISOString()}\r\n`);
  });

  it("quotes commas, quotes, line breaks and edge spaces", async () => {
    const at = new Date(0);
    const rows = ["a,b", 'say "hi"', "two\nlines", " padded "].map((name) => ({ name, count: 0, at }));
    const text = await streamCsv("x.csv", columns.slice(0, 1), pages(rows)).text();
    expect(text).toBe('name\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n" padded "\r\n');
  });

  it("defuses text cells a spreadsheet would run as a formula", async () => {
    const at = new Date(0);
    const rows = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "safe=1"].map((name) => ({ name, count: 0, at }));
    const text = await streamCsv("x.csv", columns.slice(0, 1), pages(rows)).text();
    expect(text.split("\r\n").slice(1, -1)).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "safe=1"]);
  });
});
