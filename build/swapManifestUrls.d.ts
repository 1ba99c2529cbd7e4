export declare const DEV_URL: string;
export declare function swapManifestUrls(manifest: string, productionUrl: string): string;
