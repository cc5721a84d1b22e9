import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { CommentsModule } from '../comments.module';
import { ExportRepository } from '../migration/export.repository';
import { ImportJobsRepository } from '../migration/import-jobs.repository';
import { ImportJobsService } from '../migration/import-jobs.service';
import { ImportRepository } from '../migration/import.repository';
import { IpRetentionService } from './ip-retention.service';
import { PERSONAL_DATA_SOURCES, PersonalDataService, PersonalDataSource } from './personal-data.service';
import { PrivacyRepository } from './privacy.repository';
import { ReportsPersonalData } from '../reports/reports-personal-data';
import { ReportsRepository } from '../reports/reports.repository';

/** The tables of this lib, besides comments, that hold a reader's data by address: each answers for its own. */
const OWN_SOURCES: Type<PersonalDataSource>[] = [ReportsPersonalData];

const sourcesProvider = (sources: Type<PersonalDataSource>[]) => ({
  provide: PERSONAL_DATA_SOURCES,
  inject: sources,
  useFactory: (...found: PersonalDataSource[]) => found,
});

/** Import, export, a person's data and retention (issue 15): everything that moves personal data in or out. */
@Module({
  // The lifecycle: an erasure that deletes published comments unpublishes them first (webhooks, live stream).
  imports: [CommentsModule],
  providers: [
    PrivacyRepository,
    PersonalDataService,
    IpRetentionService,
    ImportRepository,
    ImportJobsRepository,
    ImportJobsService,
    ExportRepository,
    ReportsRepository,
    ReportsPersonalData,
    sourcesProvider(OWN_SOURCES),
  ],
  exports: [PersonalDataService, IpRetentionService, ImportRepository, ImportJobsService, ExportRepository],
})
export class DataRightsModule {
  /**
   * With the other tables that hold a reader's data by address (subscriptions), from the libs that own them; the
   * provider given here replaces the one above, so this lib's own sources are listed again.
   */
  static withSources(
    imports: NonNullable<ModuleMetadata['imports']>,
    sources: Type<PersonalDataSource>[],
  ): DynamicModule {
    return { module: DataRightsModule, imports, providers: [sourcesProvider([...OWN_SOURCES, ...sources])] };
  }
}
