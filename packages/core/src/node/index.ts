// ## Node transport
export { createNodeFetch, type NodeFetchOptions } from './node-fetch.js';
