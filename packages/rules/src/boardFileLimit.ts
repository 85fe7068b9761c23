/**
 * The largest board file Scaleboard reads: what the CLI refuses unread, and the default of the
 * server's MAX_BODY_BYTES, since an import is a board file in a REST body. One limit, so a file
 * the CLI checks is one a default server imports. 5 MiB leaves a board at the element cap
 * (MAX_BOARD_ELEMENTS, 5,000) about 1 KiB per node or edge, labels and notes included.
 */
export const MAX_BOARD_FILE_BYTES = 5 * 1024 * 1024;
