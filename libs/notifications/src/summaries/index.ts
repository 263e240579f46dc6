export * from './giving-summary-period';
export * from './giving-summary-content';
export * from './giving-summary-pdf';
export * from './giving-summary.repository';
export * from './giving-summary-planner';
export * from './giving-summary-sender';
export * from './waiting-summaries';
