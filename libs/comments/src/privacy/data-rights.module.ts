import { Module } from '@nestjs/common';
import { ExportRepository } from '../migration/export.repository';
import { ImportRepository } from '../migration/import.repository';
import { IpRetentionService } from './ip-retention.service';
import { PERSONAL_DATA_SOURCES, PersonalDataService } from './personal-data.service';
import { PrivacyRepository } from './privacy.repository';
import { ReportsPersonalData } from '../reports/reports-personal-data';
import { ReportsRepository } from '../reports/reports.repository';

/** Import, export, a person's data and retention (issue 15): everything that moves personal data in or out. */
@Module({
  providers: [
    PrivacyRepository,
    PersonalDataService,
    IpRetentionService,
    ImportRepository,
    ExportRepository,
    // Every other table that holds a reader's data by address; each source answers export and erasure for its own.
    ReportsRepository,
    ReportsPersonalData,
    {
      provide: PERSONAL_DATA_SOURCES,
      inject: [ReportsPersonalData],
      useFactory: (reports: ReportsPersonalData) => [reports],
    },
  ],
  exports: [PersonalDataService, IpRetentionService, ImportRepository, ExportRepository],
})
export class DataRightsModule {}
