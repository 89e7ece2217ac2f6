/**
 * What valid programme data is, one file per part. See issues.ts for how
 * rule violations become stable `{ path, code, params }` issues.
 */
export * from './issues';
export * from './building-blocks';
export * from './programme';
export * from './session';
export * from './prompt';
export * from './live';
export * from './roster';
export * from './bundle';
export * from './zod-issues';
import './fits';
