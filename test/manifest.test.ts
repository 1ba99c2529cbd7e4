import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { swapManifestUrls } from "../build/swapManifestUrls.js";

// Offline check of manifest.xml: Microsoft's validator needs its online service, and the public
// schemas reject <Runtimes>, so the structure that matters is checked here.
const root = fileURLToPath(new URL("..", import.meta.url));
const text = readFileSync(`${root}/manifest.xml`, "utf8");
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["Override", "bt:Override", "bt:String", "bt:Url", "bt:Image", "Set", "Control", "Runtime"].includes(name),
}).parse(text);
const app = xml.OfficeApp;
const vo = app.VersionOverrides;
const host = vo.Hosts.Host;
const res = vo.Resources;

const resources = {
  image: new Map<string, string>(res["bt:Images"]["bt:Image"].map((i: Record<string, string>) => [i["@id"], i["@DefaultValue"]])),
  url: new Map<string, string>(res["bt:Urls"]["bt:Url"].map((i: Record<string, string>) => [i["@id"], i["@DefaultValue"]])),
  urlNodes: new Map<string, Record<string, unknown>>(res["bt:Urls"]["bt:Url"].map((i: Record<string, string>) => [i["@id"], i])),
  short: new Map<string, Record<string, unknown>>(res["bt:ShortStrings"]["bt:String"].map((i: Record<string, string>) => [i["@id"], i])),
  long: new Map<string, Record<string, unknown>>(res["bt:LongStrings"]["bt:String"].map((i: Record<string, string>) => [i["@id"], i])),
};

/** Every resid="…" in the document with the element it sits on. */
function resids(): { element: string; id: string }[] {
  return [...text.matchAll(/<([\w:]+)[^>]*\bresid="([^"]+)"/g)].map((m) => ({ element: m[1], id: m[2] }));
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel with a GUID id, a version and ReadWriteDocument", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.8 and the shared runtime", () => {
    const sets = Object.fromEntries(app.Requirements.Sets.Set.map((s: Record<string, string>) => [s["@Name"], s["@MinVersion"]]));
    expect(sets).toMatchObject({ ExcelApi: "1.8", SharedRuntime: "1.1" });
  });

  it("resolves every resid to a resource of the right kind", () => {
    for (const { element, id } of resids()) {
      const kind =
        element === "bt:Image"
          ? "image"
          : ["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(element)
            ? "url"
            : ["Title", "Description"].includes(element) && resources.long.has(id)
              ? "long"
              : "short";
      const found =
        kind === "image"
          ? resources.image.has(id)
          : kind === "url"
            ? resources.url.has(id)
            : resources.short.has(id) || resources.long.has(id);
      expect(found, `${element} resid="${id}"`).toBe(true);
    }
  });

  it("uses https for every URL", () => {
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    for (const domain of [app.AppDomains.AppDomain].flat()) expect(domain).toMatch(/^https:\/\//);
  });

  it("runs the pane, the functions and the commands in one shared runtime", () => {
    const runtime = host.Runtimes.Runtime[0];
    expect(runtime["@lifetime"]).toBe("long");
    const shared = runtime["@resid"];
    const cf = [host.AllFormFactors.ExtensionPoint].flat().find((e: Record<string, string>) => e["@xsi:type"] === "CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe(shared);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(shared);
    const controls = [host.DesktopFormFactor.ExtensionPoint].flat()[0].OfficeTab.Group.Control;
    for (const c of controls) if (c.Action["@xsi:type"] === "ShowTaskpane") expect(c.Action.SourceLocation["@resid"]).toBe(shared);
    // The one-click button runs a function of the shared runtime, registered by src/commands.
    const execute = controls.filter((c: { Action: Record<string, string> }) => c.Action["@xsi:type"] === "ExecuteFunction");
    expect(execute.map((c: { Action: { FunctionName: string } }) => c.Action.FunctionName)).toEqual(["segmentCustomers"]);
    expect(readFileSync(`${root}/src/commands/commands.ts`, "utf8")).toContain('Office.actions.associate("segmentCustomers"');
    expect(resources.url.get(shared)).toMatch(/\/taskpane\.html$/);
    expect(resources.url.get(cf.Metadata.SourceLocation["@resid"])).toMatch(/\/functions\.json$/);
    // Chinese Excel reads the Chinese function metadata.
    const metadataOverride = (resources.urlNodes.get(cf.Metadata.SourceLocation["@resid"])?.["bt:Override"] as Record<string, string>[])[0];
    expect(metadataOverride).toMatchObject({ "@Locale": "zh-CN", "@Value": expect.stringMatching(/\/functions\.zh-CN\.json$/) });
    expect(resources.short.get(cf.Namespace["@resid"])?.["@DefaultValue"]).toBe("RFM");
  });

  it("has a Simplified Chinese override for every user-visible string", () => {
    const zh = (node: Record<string, unknown>) =>
      ((node.Override ?? node["bt:Override"]) as Record<string, string>[] | undefined)?.find((o) => o["@Locale"] === "zh-CN")?.["@Value"];
    expect(zh(app.DisplayName)).toMatch(/[\u4e00-\u9fff]/);
    expect(zh(app.Description)).toMatch(/[\u4e00-\u9fff]/);
    for (const [id, node] of [...resources.short, ...resources.long]) {
      if (id === "Functions.Namespace") continue; // function names stay RFM.* in every language
      expect(zh(node), id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names icons that exist in assets at their stated sizes", () => {
    for (const [id, url] of resources.image) {
      const file = url.replace("https://localhost:3000/", `${root}/`);
      const png = readFileSync(file);
      const size = Number(id.split(".")[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], id).toEqual([size, size]);
    }
  });
});

describe("production URL swap", () => {
  it("points every URL and the app domain at the production host", () => {
    const prod = swapManifestUrls(text, "https://addins.example.com/rfm/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://addins.example.com/rfm/taskpane.html"/>');
    expect(prod).toContain("<AppDomain>https://addins.example.com</AppDomain>");
  });

  it("refuses a production URL that is not https", () => {
    expect(() => swapManifestUrls(text, "http://addins.example.com/")).toThrow(/https/);
  });
});
