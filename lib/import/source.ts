/** The source's name in `ImportedWork.source`, in revision summaries and in submissions' source. */
export const BANGUMI_SOURCE = "bangumi-data";
