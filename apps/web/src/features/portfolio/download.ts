import { type ExportTable, tableToCsv, tableToSheet } from './exposure';

/** Hands a file to the browser's download, as a link click would. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(table: ExportTable, baseName: string): void {
  downloadBlob(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
}

/** The XLSX writer is loaded only when someone asks for a spreadsheet. */
export async function downloadXlsx(table: ExportTable, baseName: string, sheetName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(tableToSheet(table), {
    sheet: sheetName.slice(0, 31),
    stickyRowsCount: 1,
    columns: table.columns.map((column) => ({ width: column.kind === 'text' ? 28 : 16 })),
  }).toBlob();
  downloadBlob(blob, `${baseName}.xlsx`);
}
