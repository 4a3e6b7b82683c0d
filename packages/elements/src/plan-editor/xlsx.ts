/**
 * Loaded on demand by <asf-plan-editor> when the user imports or exports Excel: writing and
 * reading .xlsx files with write-excel-file and read-excel-file (small, maintained, ES modules
 * built on fflate; exceljs would add some 250 KB and Node stream polyfills for the same job).
 * The `web-worker` entry of read-excel-file reads in this thread: it starts no worker, so a page
 * with a strict CSP needs no `worker-src`.
 * @module
 */
import writeXlsxFile from 'write-excel-file/browser';
import readXlsxFile from 'read-excel-file/web-worker';
import { planToSheets, sheetsToPlan, type Cell, type WorkbookResult } from './workbook.js';
import type { Draft } from './draft.js';

/** The plan as an .xlsx workbook. Every text cell is written as text (never a formula). */
export async function writeWorkbook(draft: Draft): Promise<Blob> {
  const sheets = planToSheets(draft).map(({ sheet, data }) => ({
    sheet,
    stickyRowsCount: 1,
    data: data.map((row, r) =>
      row.map((cell) =>
        cell === null
          ? null
          : typeof cell === 'number'
            ? { value: cell, type: Number }
            : { value: String(cell), type: String, fontWeight: r === 0 ? ('bold' as const) : undefined },
      ),
    ),
  }));
  return writeXlsxFile(sheets).toBlob();
}

/** The plan of an .xlsx workbook, or its problems by sheet and row. */
export async function readWorkbook(file: Blob): Promise<WorkbookResult> {
  try {
    const sheets = await readXlsxFile(file, { trim: false });
    return sheetsToPlan(sheets.map((s) => ({ sheet: s.sheet, data: s.data as Cell[][] })));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      success: false,
      issues: [
        {
          sheet: '',
          row: 0,
          message: {
            sv: `Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): ${detail}`,
            en: `The file could not be read as an Excel workbook (.xlsx): ${detail}`,
          },
        },
      ],
    };
  }
}
