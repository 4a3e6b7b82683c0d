/**
 * Files in and out of `<asf-plan-editor>`: a plan read from JSON text, the plan written as JSON,
 * a download, a file of the File System Access API written over, and the imports of the
 * activities CSV and the Excel workbook. Both imports take one path: load the lazy module, read
 * the file, and either give the new draft (all of the file) or every problem by its row (none of
 * it). No state of the element is here: it decides what to show and announce.
 * @module
 */
import { parsePlan, type Bilingual, type Plan } from '@asf-kit/core';
import { LazyModule } from '../shared/lazy.js';
import { getAt, isObject, setAt, type Draft, type Json } from './draft.js';

/** The activities CSV (papaparse) and Excel (write-excel-file, read-excel-file): downloaded on first use. */
const csvModule = new LazyModule(() => import('./csv.js'));
const xlsxModule = new LazyModule(() => import('./xlsx.js'));

export const JSON_TYPE = 'application/json';
export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plan as the editor writes it: JSON, indented by two spaces, with a final newline. */
export function planJson(draft: Draft): string {
  return JSON.stringify(draft, null, 2) + '\n';
}

/**
 * A plan document read from text. Any JSON object opens (its problems are then shown at their
 * fields); text that is not JSON, or JSON that is not an object, does not, and `reason` says why.
 */
export function readPlanText(text: string): { success: true; draft: Draft } | { success: false; reason: Bilingual } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { success: false, reason: { sv: detail, en: detail } };
  }
  if (isObject(value)) return { success: true, draft: value };
  const result = parsePlan(value);
  return {
    success: false,
    reason: result.success ? { sv: '', en: '' } : (result.error.issues[0]?.message ?? { sv: '', en: '' }),
  };
}

/** Downloads a file through a link the user never sees. */
export function download(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The part of the File System Access API's file handle the editor uses. */
export interface FileSystemFileHandleLike {
  /** The file's name, as the user sees it. */
  readonly name?: string;
  getFile?(): Promise<Blob>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

type OpenFilePicker = (o: object) => Promise<FileSystemFileHandleLike[]>;
const openFilePicker = () => (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;

/** Whether the browser can open a file so that it can be written over (File System Access API). */
export function canOpenForSaving(): boolean {
  return typeof window !== 'undefined' && typeof openFilePicker() === 'function';
}

/**
 * Where the browser offers it, asks for a JSON file to open and gives its handle (to write over
 * it later) and its text; `undefined` where the browser does not offer it.
 */
export async function pickOpenFile(): Promise<{ handle: FileSystemFileHandleLike; text: string } | undefined> {
  const pick = openFilePicker();
  if (typeof pick !== 'function') return undefined;
  const [handle] = await pick.call(window, {
    multiple: false,
    types: [{ description: 'JSON', accept: { [JSON_TYPE]: ['.json'] } }],
  });
  if (!handle?.getFile) return undefined;
  return { handle, text: await (await handle.getFile()).text() };
}

/** Where the browser offers it, asks where to save a JSON file (`undefined` where it does not). */
export async function pickSaveFile(suggestedName: string): Promise<FileSystemFileHandleLike | undefined> {
  const w = window as unknown as { showSaveFilePicker?: (o: object) => Promise<FileSystemFileHandleLike> };
  return w.showSaveFilePicker?.call(window, {
    suggestedName,
    types: [{ description: 'JSON', accept: { [JSON_TYPE]: ['.json'] } }],
  });
}

/** Writes `text` over the file of `handle`. */
export async function writeOver(handle: FileSystemFileHandleLike, text: string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}

/** The activities as CSV, in the language of its headers. */
export async function writeCsv(plan: Plan, language: 'sv' | 'en'): Promise<string> {
  const { activitiesToCsv } = await csvModule.load();
  return activitiesToCsv(plan, { language });
}

/** The plan (valid or not: the template is written too) as an Excel workbook. */
export async function writeXlsx(draft: Draft): Promise<Blob> {
  const { writeWorkbook } = await xlsxModule.load();
  return writeWorkbook(draft);
}

/** The files the editor imports: the activities CSV and the Excel workbook. */
export type ImportKind = 'csv' | 'xlsx';

/**
 * What an import gives: the change to the draft (`apply`, all of the file, as one step), whether
 * the file was a whole plan (`whole`: opened as a plan is opened) and how many rows it had; or
 * every problem, by its row, and no change at all.
 */
export type ImportResult =
  | { success: true; apply: (draft: Draft) => Draft; whole: boolean; count: number }
  | { success: false; problems: Bilingual[] };

const importers: Record<ImportKind, (file: Blob, draft: Draft) => Promise<ImportResult>> = {
  async csv(file, draft) {
    const { parseActivitiesCsv } = await csvModule.load();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const actors = getAt(draft, ['actors']);
    const goals = getAt(draft, ['goals']);
    const context = {
      actors: (Array.isArray(actors) ? actors.filter(isObject) : []) as unknown as Plan['actors'],
      goals: (Array.isArray(goals) ? goals.filter(isObject) : []) as unknown as Plan['goals'],
    };
    const result = parseActivitiesCsv(bytes, context);
    if (!result.success) return { success: false, problems: result.error.issues.map((i) => i.message) };
    const activities = result.data as unknown as Json;
    return {
      success: true,
      apply: (d) => setAt(d, ['activities'], activities),
      whole: false,
      count: result.data.length,
    };
  },
  async xlsx(file) {
    const { readWorkbook } = await xlsxModule.load();
    const result = await readWorkbook(file);
    if (!result.success) return { success: false, problems: result.issues.map((i) => i.message) };
    return { success: true, apply: () => result.draft, whole: true, count: 1 };
  },
};

/** Reads a CSV or Excel file against the draft: all of it, or none of it with its problems. */
export function importFile(kind: ImportKind, file: Blob, draft: Draft): Promise<ImportResult> {
  return importers[kind](file, draft);
}
