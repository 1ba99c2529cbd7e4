// Builds the add-in into dist/: one page (taskpane.html) for the shared runtime that hosts the task
// pane, the custom functions and the ribbon commands; functions.json from the JSDoc metadata; the
// manifest with the development URL replaced by the production one.
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { swapManifestUrls } from "./build/swapManifestUrls.js";
import { translateFunctions } from "./build/functionsZhCN.js";

/** Emits functions.zh-CN.json beside the functions.json the metadata plugin generated. */
class ChineseFunctionMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChineseFunctionMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChineseFunctionMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return;
          const { RawSource } = compiler.webpack.sources;
          compilation.emitAsset("functions.zh-CN.json", new RawSource(translateFunctions(english.source.source().toString())));
        },
      );
    });
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
// Where the built add-in is hosted; set ADDIN_PUBLIC_URL when building for a real deployment.
const PROD_URL = process.env.ADDIN_PUBLIC_URL ?? "https://rfm-addin.github.io/rfm-excel-addin/";

export default (_env, argv) => {
  const dev = argv.mode === "development";
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/app/index.tsx",
    },
    output: {
      path: path.resolve(here, "dist"),
      filename: "[name].js",
      // Pages and scripts live side by side in dist/: load chunks relative to the page, rather than
      // asking the runtime to guess (which needs document.currentScript).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    // A shared runtime loads every entry into one page: one webpack runtime, so modules (and the
    // state they hold) exist once for the pane and the functions alike.
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new ChineseFunctionMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The playground: the same pane and functions on the in-memory workbook, for any browser.
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/app/playground.html",
        chunks: ["runtime", "playground"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : swapManifestUrls(content.toString(), PROD_URL)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(here, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: "https",
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
    },
  };
};
