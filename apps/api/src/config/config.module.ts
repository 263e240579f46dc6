import { DynamicModule, Global, Module } from '@nestjs/common';
import { STEWARD_CONFIG, type StewardConfig } from './config';

@Global()
@Module({})
export class StewardConfigModule {
  static forRoot(config: StewardConfig): DynamicModule {
    return {
      module: StewardConfigModule,
      providers: [{ provide: STEWARD_CONFIG, useValue: config }],
      exports: [STEWARD_CONFIG],
    };
  }
}
