import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Instance-wide settings that are generated once (e.g. the token signing secret when none is configured). */
@Entity('system_settings')
export class SystemSetting {
  @PrimaryColumn('text')
  key: string;

  @Column('text')
  value: string;
}
