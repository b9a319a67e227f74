export * from './common';
export * from './team';
export * from './client';
export * from './work';
export * from './satisfaction';
export * from './settings';
export * from './app';
export * from './views';
