import { unknownEndpoint } from "@/lib/api/route";

// Any address under /api/v1 that no endpoint claims, /api/v1 itself included.
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = unknownEndpoint();
