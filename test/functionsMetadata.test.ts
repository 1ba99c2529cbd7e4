import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const SPEC_IDS = ["SEGMENT", "SCORE", "R", "F", "M", "RECENCY", "FREQUENCY", "MONETARY", "ACTION", "CLV", "PALIVE", "TABLE"];

interface Fn {
  id: string;
  name: string;
  parameters: { name: string; type: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
  options?: { stream?: boolean; cancelable?: boolean };
}

describe("function metadata generated from the JSDoc", async () => {
  const generated = await generateCustomFunctionsMetadata(`${root}/src/functions/functions.ts`, true);
  const functions: Fn[] = JSON.parse(generated.metadataJson).functions;

  it("has every function of the contract, with no errors", () => {
    expect(generated.errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual([...SPEC_IDS].sort());
  });

  it.each(SPEC_IDS.filter((id) => id !== "TABLE"))(
    "%s: id, then three optional order ranges (matrices) and an optional as-of date; streamed and cancelable",
    (id) => {
      const f = functions.find((x) => x.id === id)!;
      expect(f.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual([
        ["customerId", "any", "scalar", false],
        ["customerIds", "any", "matrix", true],
        ["orderDates", "any", "matrix", true],
        ["amounts", "any", "matrix", true],
        ["asOf", "any", "scalar", true],
      ]);
      expect(f.options).toMatchObject({ stream: true, cancelable: true });
    },
  );

  it("TABLE takes three ranges and spills a matrix", () => {
    const f = functions.find((x) => x.id === "TABLE")!;
    expect(f.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual([
      ["customerIds", "matrix", false],
      ["orderDates", "matrix", false],
      ["amounts", "matrix", false],
      ["asOf", "scalar", true],
      ["bins", "scalar", true],
      ["scheme", "scalar", true],
    ]);
    expect(f.result.dimensionality).toBe("matrix");
  });
});

describe("the built bundle", () => {
  // CI builds before testing; a developer's first run builds here.
  if (!existsSync(`${root}/dist/functions.js`)) execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "ignore" });
  const english: Fn[] = JSON.parse(readFileSync(`${root}/dist/functions.json`, "utf8")).functions;
  const chinese: Fn[] = JSON.parse(readFileSync(`${root}/dist/functions.zh-CN.json`, "utf8")).functions;

  it("registers every function in functions.json, and every registered function has metadata", () => {
    const registered: string[] = [];
    const sandbox: Record<string, unknown> = { CustomFunctions: { associate: (id: string) => registered.push(id) }, console };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    vm.createContext(sandbox);
    vm.runInContext(readFileSync(`${root}/dist/runtime.js`, "utf8"), sandbox);
    vm.runInContext(readFileSync(`${root}/dist/functions.js`, "utf8"), sandbox);
    expect(registered.sort()).toEqual(english.map((f) => f.id).sort());
    expect(registered.sort()).toEqual([...SPEC_IDS].sort());
  });

  it("ships Chinese metadata with the same ids, types and options and Chinese names", () => {
    expect(chinese.map((f) => f.id)).toEqual(english.map((f) => f.id));
    chinese.forEach((f, i) => {
      expect(f.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(f.options).toEqual(english[i].options);
      expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        english[i].parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      );
      for (const p of f.parameters) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
