import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { ExportRepository } from '../migration/export.repository';
import { ImportRepository } from '../migration/import.repository';
import { IpRetentionService } from './ip-retention.service';
import { PERSONAL_DATA_SOURCES, PersonalDataService, PersonalDataSource } from './personal-data.service';
import { PrivacyRepository } from './privacy.repository';

/** Import, export, a person's data and retention (issue 15): everything that moves personal data in or out. */
@Module({
  providers: [PrivacyRepository, PersonalDataService, IpRetentionService, ImportRepository, ExportRepository],
  exports: [PersonalDataService, IpRetentionService, ImportRepository, ExportRepository],
})
export class DataRightsModule {
  /** With the other tables that hold a reader's data by address (subscriptions, reports), from the libs that own them. */
  static withSources(
    imports: NonNullable<ModuleMetadata['imports']>,
    sources: Type<PersonalDataSource>[],
  ): DynamicModule {
    return {
      module: DataRightsModule,
      imports,
      providers: [
        {
          provide: PERSONAL_DATA_SOURCES,
          inject: sources,
          useFactory: (...found: PersonalDataSource[]) => found,
        },
      ],
    };
  }
}
