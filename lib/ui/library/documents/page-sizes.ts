/**
 * How much of a long list the Documents tab shows at once: a batch of a thousand files would
 * otherwise be a thousand forms, and a library of thousands as many rows, rendered in one task.
 */
/** Drafts the import preview shows at once. */
export const PREVIEW_PAGE_SIZE = 50;
/** Documents the list shows at first, and adds with each "Show more". */
export const LIST_PAGE_SIZE = 100;
