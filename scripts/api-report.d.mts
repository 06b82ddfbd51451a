/** Types of `api-report.mjs`, for the test that checks the committed reports. */

/** The packages whose surfaces are reported, by folder. */
export declare const REPORTED_PACKAGES: readonly string[];
/** The file each package's report is written to. */
export declare const REPORT_FILE: string;
/** What regenerates the reports, for error messages. */
export declare const REGENERATE: string;
/** The report of one package (`core`, `client-sdk`, `server`) as markdown. */
export declare function renderReport(folder: string): Promise<string>;
/** The stale reports: `[]` when every committed report matches the built packages. */
export declare function checkReports(): Promise<string[]>;
