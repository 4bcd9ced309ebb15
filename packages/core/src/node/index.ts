export { createNodeFetch, type NodeFetchOptions } from './node-fetch.js';
