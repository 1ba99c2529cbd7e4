export declare const ZH_CN: Record<string, [string, string, string]>;
export declare const PARAMETERS_ZH_CN: Record<string, [string, string]>;
export declare function translateFunctions(json: string): string;
