/** Drafts the import preview shows at once: a thousand files would otherwise be a thousand forms. */
export const PREVIEW_PAGE_SIZE = 50;
