/** Size limits shared by the screens, the contract and both transports, so a file one accepts no other cuts off. */

/**
 * The largest CSV file Clientbook imports: 64 MB, counted as file sizes are shown (a megabyte is
 * 1,000,000 bytes). Decoded, its text never has more characters than the file has bytes, so the
 * same number bounds the text the contract accepts.
 */
export const maxImportFileBytes = 64_000_000;

/** "64 MB", for the sentences that name the limit outside the renderer (which formats it itself). */
export const maxImportFileSize = `${maxImportFileBytes / 1_000_000} MB`;

/**
 * The largest request body the browser host reads. JSON writes any character in at most six
 * bytes (a control character becomes `\u0001`), so the text of the largest file always fits,
 * with 16 MB (the host's limit before) for the rest of the input.
 */
export const maxRequestBodyBytes = 6 * maxImportFileBytes + 16_000_000;

/** The browser host's answer to a body over `maxRequestBodyBytes`, shown by the page as it is. */
export const requestTooLargeMessage = `The request is larger than Clientbook accepts. Files of up to ${maxImportFileSize} can be imported; split a larger file into smaller ones and import them one after another.`;
