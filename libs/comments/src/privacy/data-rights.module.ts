import { Module } from '@nestjs/common';
import { ExportRepository } from '../migration/export.repository';
import { ImportJobsRepository } from '../migration/import-jobs.repository';
import { ImportJobsService } from '../migration/import-jobs.service';
import { ImportRepository } from '../migration/import.repository';
import { IpRetentionService } from './ip-retention.service';
import { PersonalDataService } from './personal-data.service';
import { PrivacyRepository } from './privacy.repository';

/** Import, export, a person's data and retention (issue 15): everything that moves personal data in or out. */
@Module({
  providers: [
    PrivacyRepository,
    PersonalDataService,
    IpRetentionService,
    ImportRepository,
    ImportJobsRepository,
    ImportJobsService,
    ExportRepository,
  ],
  exports: [PersonalDataService, IpRetentionService, ImportRepository, ImportJobsService, ExportRepository],
})
export class DataRightsModule {}
