// Types for scripts/build-stamp.mjs (imported by test/packaging/build-stamp.test.ts).
export interface BuildInput { path: string; content: string | Uint8Array }
export type OutputFingerprint = Record<string, string | null>;
export interface BuildStamp { version: number; hash: string; outputs: OutputFingerprint; builtAt: string }
export interface StampVerdict { current: boolean; reason: string }

export const STAMP_VERSION: number;
export const STAMP_FILE: string;
export const SOURCE_DIRS: string[];
export const ROOT_FILES: string[];
export const OUTPUTS: string[];
export function isBuildInput(path: string): boolean;
export function buildRelevantPackageJson(text: string): string;
export function hashInputs(files: BuildInput[]): string;
export function fingerprintOutputs(root: string, outputs?: string[]): OutputFingerprint;
export function checkStamp(input: { stamp: unknown; hash: string; outputs: OutputFingerprint }): StampVerdict;
export function collectInputs(root: string): BuildInput[];
export function readStamp(root: string): BuildStamp | null;
export function writeStamp(root: string, hash: string): BuildStamp;
export function removeStamp(root: string): void;
export function buildState(root: string): StampVerdict & { hash: string; files: number };
