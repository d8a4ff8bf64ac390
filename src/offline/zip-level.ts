/** Compression level of the offline zip; part of what makes the same site give the same bytes. */
export const ZIP_LEVEL = 9;
