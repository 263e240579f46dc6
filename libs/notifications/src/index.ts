export * from './rendering/template-engine';
export * from './rendering/default-templates';
export * from './rendering/thank-you-renderer';
export * from './delivery/mail-transport';
export * from './acknowledgements/acknowledgement.repository';
export * from './acknowledgements/acknowledgement-sender';
export * from './acknowledgements/retry-policy';
export * from './acknowledgements/acknowledgement-decision';
