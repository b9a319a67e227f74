// pdf-lib is CommonJS: behind a bare import() in the split bundle its exports arrive only as
// `default`, and a combined batch failed. Re-exported from this ES module, they keep their names.
export { PDFDocument } from 'pdf-lib';
