export * from './storage.js';
export * from './upload-policy.js';
export * from './multipart.js';
export * from './file-requests.js';
export * from './attachment-limits.js';
export * from './stored-file.js';
